package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClientException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Turns what the client throws into a connection state and a sentence an operator can act on:
 * "cannot reach https://10.0.0.1:6443: connection refused", not a stack trace.
 */
final class ClusterFailures {

    private ClusterFailures() {
    }

    record Failure(ConnectionState state, String message) {
    }

    static Failure classify(Throwable t, String server) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof KubernetesClientException k && (k.getCode() == 401 || k.getCode() == 403)) {
                String why = k.getStatus() != null && k.getStatus().getMessage() != null ? k.getStatus().getMessage() : k.getMessage();
                return new Failure(ConnectionState.UNAUTHORIZED, k.getCode() == 401
                        ? server + " rejected the credentials of this context (401 Unauthorized): renew the token or certificate"
                        : server + " refused access (403 Forbidden): " + firstLine(why));
            }
            if (c instanceof ConnectException || c instanceof NoRouteToHostException) {
                return new Failure(ConnectionState.UNREACHABLE, "cannot reach " + server + ": connection refused");
            }
            if (c instanceof UnknownHostException) {
                return new Failure(ConnectionState.UNREACHABLE, "cannot reach " + server + ": unknown host " + c.getMessage());
            }
            if (c instanceof SocketTimeoutException || c instanceof TimeoutException) {
                return new Failure(ConnectionState.UNREACHABLE, "cannot reach " + server + ": no answer in time");
            }
            if (c instanceof SSLException) {
                return new Failure(ConnectionState.UNREACHABLE, "TLS with " + server + " failed: " + firstLine(c.getMessage())
                        + " (check certificate-authority in the kubeconfig)");
            }
        }
        String m = t.getMessage();
        if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("connection refused")) {
            return new Failure(ConnectionState.UNREACHABLE, "cannot reach " + server + ": connection refused");
        }
        return new Failure(ConnectionState.UNREACHABLE, server + ": " + firstLine(m == null ? t.getClass().getSimpleName() : m));
    }

    /** A sentence for a failed request (an action, a log read), keeping the API server's own words. */
    static String describe(Throwable t, String server) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof KubernetesClientException k && k.getCode() > 0 && k.getStatus() != null
                    && k.getStatus().getMessage() != null) {
                return k.getStatus().getMessage() + " (HTTP " + k.getCode() + ")";
            }
        }
        return classify(t, server).message();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
