package dev.vigil.connectors.logs;

import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.httpclient5.ResponseException;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/** Turns what opensearch-java and HttpClient throw into a {@link LogQueryException} an operator can act on. */
final class OpenSearchFailures {

    private OpenSearchFailures() {
    }

    static LogQueryException of(Throwable failure, URI url) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LogQueryException e) {
                return e;
            }
            if (t instanceof OpenSearchException e) {
                return fromServer(e);
            }
            if (t instanceof ResponseException e) {
                return fromStatus(e.status(), "HTTP " + e.status() + " from " + url, e);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return new LogQueryException(LogQueryException.Kind.UNREACHABLE, "connection refused by " + hostPort(url), failure);
            }
            if (t instanceof UnknownHostException) {
                return new LogQueryException(LogQueryException.Kind.UNREACHABLE, "unknown host " + url.getHost(), failure);
            }
            if (t instanceof SSLException) {
                return new LogQueryException(LogQueryException.Kind.UNREACHABLE, "TLS with " + hostPort(url) + " failed: " + t.getMessage(), failure);
            }
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return new LogQueryException(LogQueryException.Kind.TIMEOUT, "no answer from " + hostPort(url) + " in time", failure);
            }
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new LogQueryException(LogQueryException.Kind.UNREACHABLE, message + " (" + url + ")", failure);
    }

    private static LogQueryException fromServer(OpenSearchException e) {
        ErrorCause error = e.error();
        String type = error == null ? "" : String.valueOf(error.type());
        String reason = reason(error);
        if (type.equals("index_not_found_exception")) {
            return new LogQueryException(LogQueryException.Kind.NO_INDEX, reason, e);
        }
        if (e.status() == 400 && (type.contains("parse") || type.contains("search_phase_execution") || type.contains("query"))) {
            return new LogQueryException(LogQueryException.Kind.BAD_QUERY, reason, e);
        }
        return fromStatus(e.status(), reason, e);
    }

    private static LogQueryException fromStatus(int status, String message, Throwable cause) {
        LogQueryException.Kind kind = status == 401 || status == 403 ? LogQueryException.Kind.UNAUTHORIZED
                : status == 400 ? LogQueryException.Kind.BAD_QUERY
                : status == 404 ? LogQueryException.Kind.NO_INDEX
                : status == 504 || status == 408 ? LogQueryException.Kind.TIMEOUT
                : LogQueryException.Kind.SERVER;
        String hint = kind == LogQueryException.Kind.UNAUTHORIZED ? ": check the credential configured for these logs" : "";
        return new LogQueryException(kind, message + hint, cause);
    }

    /**
     * The server's own words, most specific first: a bad query_string answers "all shards failed" at the top,
     * the parse error ("Cannot parse 'a AND (': Encountered <EOF> ...") in the causes.
     */
    private static String reason(ErrorCause error) {
        if (error == null) {
            return "OpenSearch reported an error";
        }
        StringBuilder b = new StringBuilder();
        ErrorCause deepest = error;
        if (!error.rootCause().isEmpty()) {
            deepest = error.rootCause().getFirst();
        }
        b.append(deepest.reason() == null ? deepest.type() : deepest.reason());
        for (ErrorCause c = error.causedBy(); c != null; c = c.causedBy()) {
            if (c.reason() != null && !b.toString().contains(c.reason())) {
                b.append(": ").append(c.reason());
            }
        }
        return b.toString();
    }

    private static String hostPort(URI uri) {
        return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}
