package dev.vigil.connectors.prometheus;

import dev.vigil.connectors.credentials.Credential;
import dev.vigil.connectors.credentials.TrustedCertificates;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The Prometheus HTTP API over {@code java.net.http}: instant and range queries as POST forms (long
 * PromQL does not fit a URL), label values as GET (the only method that endpoint takes). Requests are
 * asynchronous, bounded by {@link PromClientSettings#maxConcurrent()} and by a timeout; failures
 * complete the future with a {@link PromQueryException} carrying the server's message.
 */
public final class PromQueryClient implements AutoCloseable {

    private final URI base;
    private final Credential credential;
    private final PromClientSettings settings;
    private final QueryListener listener;
    private final ExecutorService callbacks;
    private final HttpClient http;
    private final AsyncLimiter limiter;
    private final PromResponseParser parser = new PromResponseParser();

    public PromQueryClient(URI base, Credential credential, PromClientSettings settings, QueryListener listener) {
        this.base = withTrailingSlash(Objects.requireNonNull(base));
        this.credential = credential;
        this.settings = Objects.requireNonNull(settings);
        this.listener = Objects.requireNonNull(listener);
        // Its own threads for answers (reading bodies, parsing JSON). The JDK client runs what follows a response
        // on the common pool whatever its executor is (one thread on a two-core machine: a refresh's answers were
        // parsed one after another there), so send() hands each answer back to these threads itself.
        this.callbacks = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "vigil-prometheus");
            t.setDaemon(true);
            return t;
        });
        HttpClient.Builder builder = HttpClient.newBuilder()
                .executor(callbacks)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        if ("http".equalsIgnoreCase(this.base.getScheme())) {
            // Prometheus speaks no cleartext HTTP/2: without this every new connection offers an h2c upgrade in vain.
            // Over https, ALPN picks HTTP/2 where Prometheus offers it, and a refresh's requests share one connection.
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        if (settings.caCertificates() != null) {
            builder.sslContext(TrustedCertificates.sslContext(settings.caCertificates()));
        }
        this.http = builder.build();
        this.limiter = new AsyncLimiter(settings.maxConcurrent());
    }

    public PromQueryClient(URI base, Credential credential, PromClientSettings settings) {
        this(base, credential, settings, QueryListener.NONE);
    }

    public URI base() {
        return base;
    }

    /** The value of {@code promql} at {@code at}: one sample per series. */
    public CompletableFuture<List<Series>> instant(String promql, Instant at) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("query", promql);
        form.put("time", seconds(at));
        form.put("timeout", settings.timeout().toMillis() + "ms");
        return send("query", post("api/v1/query", form), parser::series);
    }

    /** {@code promql} evaluated every {@code step} from {@code start} to {@code end}, both included. */
    public CompletableFuture<List<Series>> range(String promql, Instant start, Instant end, Duration step) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("query", promql);
        form.put("start", seconds(start));
        form.put("end", seconds(end));
        form.put("step", String.format(Locale.ROOT, "%.3f", Math.max(1, step.toMillis()) / 1000.0));
        form.put("timeout", settings.timeout().toMillis() + "ms");
        return send("query_range", post("api/v1/query_range", form), parser::series);
    }

    /** The values label {@code label} takes, optionally only on series matching any of {@code matchers}. */
    public CompletableFuture<List<String>> labelValues(String label, List<String> matchers) {
        String query = matchers.stream().map(m -> "match[]=" + encode(m)).collect(Collectors.joining("&"));
        URI uri = base.resolve("api/v1/label/" + encode(label) + "/values" + (query.isEmpty() ? "" : "?" + query));
        return send("label_values", request(uri).GET().build(), parser::strings);
    }

    /** Waits for a future of this client and unwraps its failure: for callers that are already off the FX thread. */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Stops the client's connections and selector thread; requests in flight fail. */
    @Override
    public void close() {
        http.shutdownNow();
        callbacks.shutdown();
    }

    private HttpRequest post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return request(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("Accept", "application/json");
        if (credential != null) {
            b.header("Authorization", credential.authorizationHeader());
        }
        return b;
    }

    private <T> CompletableFuture<T> send(String endpoint, HttpRequest request, BiFunction<Integer, byte[], T> parse) {
        return limiter.submit(() -> {
            long started = System.nanoTime();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .handleAsync((response, error) -> {
                        PromQueryException.Kind failure = null;
                        try {
                            if (error != null) {
                                throw transportError(request.uri(), error);
                            }
                            return parse.apply(response.statusCode(), response.body());
                        } catch (PromQueryException e) {
                            failure = e.kind();
                            throw e;
                        } finally {
                            listener.finished(endpoint, System.nanoTime() - started, failure);
                        }
                    }, this::onCallbackThread);
        });
    }

    /** Runs an answer on the client's threads; once it is closed, where it is (so a request that fails then still completes). */
    private void onCallbackThread(Runnable answer) {
        try {
            callbacks.execute(answer);
        } catch (RejectedExecutionException closed) {
            answer.run();
        }
    }

    private PromQueryException transportError(URI uri, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String where = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        if (cause instanceof HttpConnectTimeoutException) {
            return new PromQueryException(PromQueryException.Kind.UNREACHABLE,
                    "no connection to " + where + " within " + settings.timeout().toMillis() + " ms", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new PromQueryException(PromQueryException.Kind.TIMEOUT,
                    "no answer from " + where + " within " + settings.timeout().toMillis() + " ms", cause);
        }
        if (cause instanceof ConnectException) {
            return new PromQueryException(PromQueryException.Kind.UNREACHABLE, "connection refused by " + where, cause);
        }
        if (cause instanceof IOException) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return new PromQueryException(PromQueryException.Kind.UNREACHABLE, message + " (" + where + ")", cause);
        }
        return new PromQueryException(PromQueryException.Kind.UNREACHABLE, String.valueOf(cause), cause);
    }

    private static String seconds(Instant t) {
        return String.format(Locale.ROOT, "%.3f", t.toEpochMilli() / 1000.0);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static URI withTrailingSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? uri : URI.create(s + "/");
    }
}
