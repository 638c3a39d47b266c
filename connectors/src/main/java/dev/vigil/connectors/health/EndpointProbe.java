package dev.vigil.connectors.health;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * Checks that an HTTP endpoint answers: reachable and 2xx/3xx is OK, 401/403 is degraded (the
 * credential is wrong or missing), 5xx and network failures are down. One GET, bounded by a timeout.
 */
public final class EndpointProbe {

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    public EndpointProbe(Duration timeout, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Probes {@code url} (plus {@code path}, e.g. "/-/healthy") and names the result after {@code connector}. */
    public ConnectorHealth probe(String connector, URI url, String path) {
        URI target = path == null || path.isEmpty() ? url : url.resolve(path);
        HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout).GET().build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int code = response.statusCode();
            if (code < 400) {
                return health(connector, url, HealthState.OK, "HTTP " + code + " from " + target);
            }
            if (code == 401 || code == 403) {
                return health(connector, url, HealthState.DEGRADED,
                        "HTTP " + code + " from " + target + ": check the credential configured for this endpoint");
            }
            HealthState state = code >= 500 ? HealthState.DOWN : HealthState.DEGRADED;
            return health(connector, url, state, "HTTP " + code + " from " + target);
        } catch (HttpConnectTimeoutException e) {
            return health(connector, url, HealthState.DOWN, "no answer from " + target + " within " + timeout.toMillis() + " ms (connect)");
        } catch (HttpTimeoutException e) {
            return health(connector, url, HealthState.DOWN, "no answer from " + target + " within " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            return health(connector, url, HealthState.DOWN, "connection refused by " + hostPort(target));
        } catch (IOException e) {
            return health(connector, url, HealthState.DOWN, describe(e) + " (" + target + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ConnectorHealth.unknown(connector, url.toString(), "check interrupted");
        }
    }

    private ConnectorHealth health(String connector, URI url, HealthState state, String detail) {
        return new ConnectorHealth(connector, url.toString(), state, detail, clock.instant());
    }

    private static String hostPort(URI uri) {
        return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
