package dev.vigil.app.selfmetrics;

import dev.vigil.connectors.prometheus.PromQueryException;
import dev.vigil.connectors.prometheus.QueryListener;
import dev.vigil.incidents.store.StoreListener;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Vigil's own metrics, for a team that wants to scrape the console itself: how long its connectors'
 * requests take, how long the FX thread spends in each pulse's CSS and layout, how long each operation
 * of the incident store takes, and the JVM's own figures (memory, GC, threads). Opt-in with
 * {@code VIGIL_METRICS_PORT}; served on 127.0.0.1 only (the numbers name internal endpoints).
 */
public final class SelfMetrics implements AutoCloseable {

    public static final String PORT_VARIABLE = "VIGIL_METRICS_PORT";
    private static final Logger LOG = LoggerFactory.getLogger(SelfMetrics.class);

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Histogram connectorRequests = Histogram.builder()
            .name("vigil_connector_request_seconds")
            .help("Duration of requests Vigil's connectors make, by connector, endpoint and outcome")
            .labelNames("connector", "endpoint", "outcome")
            .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
            .classicOnly()
            .register(registry);
    private final Histogram pulses = Histogram.builder()
            .name("vigil_fx_pulse_seconds")
            .help("FX-thread time per pulse spent in CSS and layout of the main window")
            .classicUpperBounds(0.001, 0.002, 0.004, 0.008, 0.016, 0.033, 0.066, 0.1, 0.25)
            .classicOnly()
            .register(registry);
    private final Histogram storeOperations = Histogram.builder()
            .name("vigil_store_operation_seconds")
            .help("Duration of incident store transactions, by store operation, kind (read or write) and outcome")
            .labelNames("operation", "kind", "outcome")
            .classicUpperBounds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)
            .classicOnly()
            .register(registry);
    private final HTTPServer server;

    private SelfMetrics(int port) throws IOException {
        JvmMetrics.builder().register(registry);
        server = HTTPServer.builder().hostname("127.0.0.1").port(port).registry(registry).buildAndStart();
    }

    /** Starts the exporter when {@code VIGIL_METRICS_PORT} is set; a bad value or a busy port is logged, not fatal. */
    public static Optional<SelfMetrics> fromEnvironment(Map<String, String> env) {
        String value = env.get(PORT_VARIABLE);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            SelfMetrics metrics = start(Integer.parseInt(value.trim()));
            LOG.info("serving Vigil's own metrics on http://127.0.0.1:{}/metrics", metrics.port());
            return Optional.of(metrics);
        } catch (NumberFormatException | IOException e) {
            LOG.warn("{}={}: cannot serve Vigil's own metrics: {}", PORT_VARIABLE, value, e.getMessage());
            return Optional.empty();
        }
    }

    /** Starts the exporter on 127.0.0.1:{@code port} (0: any free port). */
    public static SelfMetrics start(int port) throws IOException {
        return new SelfMetrics(port);
    }

    public int port() {
        return server.getPort();
    }

    /** Records the Prometheus connector's requests. */
    public QueryListener prometheusListener() {
        return (endpoint, nanos, failure) -> connectorRequests
                .labelValues("prometheus", endpoint, outcome(failure))
                .observe(nanos / 1e9);
    }

    /** Records the incident store's transactions. */
    public StoreListener storeListener() {
        return (operation, write, nanos, failed) -> storeOperations
                .labelValues(operation, write ? "write" : "read", failed ? "error" : "ok")
                .observe(nanos / 1e9);
    }

    /** Times every pulse's CSS and layout pass of {@code scene}. FX thread. */
    public void watchPulses(Scene scene) {
        long[] start = new long[1];
        scene.addPreLayoutPulseListener(() -> start[0] = System.nanoTime());
        scene.addPostLayoutPulseListener(() -> pulses.observe((System.nanoTime() - start[0]) / 1e9));
    }

    private static String outcome(PromQueryException.Kind kind) {
        return kind == null ? "ok" : kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        server.close();
    }
}
