package dev.vigil.connectors.prometheus;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.instrumentation.jvm.ProcessMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A service in the test's own JVM that "serves" requests at a steady pace and is instrumented like a
 * real one with the Prometheus Java client: {@code http_requests_total} by {@code status}, the
 * {@code http_request_duration_seconds} histogram and the client's process metrics. It counts what it
 * generated, so tests compare the tiles with the truth rather than with constants. With
 * {@link #withContainers} it also stands in for cAdvisor: the container series of its pods
 * ({@code SERVICE-0}, {@code SERVICE-1}, …) at a known CPU use and memory, with limits.
 */
public final class TestHttpService implements AutoCloseable {

    /** Every request takes {@link #FAST} seconds except every tenth, which takes {@link #SLOW}. */
    public static final double FAST = 0.05;
    public static final double SLOW = 0.4;

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests = Counter.builder().name("http_requests_total").help("requests served")
            .labelNames("method", "status").register(registry);
    private final Histogram duration = Histogram.builder().name("http_request_duration_seconds").help("request latency")
            .classicOnly().classicUpperBounds(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5).register(registry);
    private final AtomicLong served = new AtomicLong();
    private final long startNanos = System.nanoTime();
    private final AtomicLong failed = new AtomicLong();
    private final ScheduledExecutorService pace;
    private final HTTPServer server;

    /**
     * Starts the metrics endpoint on a free loopback port and the traffic: {@code perSecond} requests a
     * second, of which every {@code errorEvery}-th fails with a 500 (0: none fail).
     */
    public TestHttpService(int perSecond, int errorEvery) throws IOException {
        this(perSecond, errorEvery, false);
    }

    /**
     * As above; with {@code wave} the pace swells and ebbs over two minutes and slow requests come in
     * bursts, so a picture of the tiles has something to show. Tests comparing numbers keep it off.
     */
    public TestHttpService(int perSecond, int errorEvery, boolean wave) throws IOException {
        ProcessMetrics.builder().register(registry);
        server = HTTPServer.builder().hostname("127.0.0.1").port(0).registry(registry).buildAndStart();
        pace = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "test-service-traffic");
            t.setDaemon(true);
            return t;
        });
        long periodMicros = 1_000_000L / perSecond;
        pace.scheduleAtFixedRate(() -> {
            double phase = (System.nanoTime() - startNanos) / 1e9 / 120 * 2 * Math.PI;
            if (wave && Math.random() > 0.6 + 0.4 * Math.sin(phase)) {
                return;
            }
            serveOne(errorEvery, wave && Math.sin(phase * 3) > 0.7);
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    private void serveOne(int errorEvery, boolean slowBurst) {
        long n = served.incrementAndGet();
        boolean error = errorEvery > 0 && n % errorEvery == 0;
        if (error) {
            failed.incrementAndGet();
        }
        requests.labelValues("GET", error ? "500" : "200").inc();
        duration.observe(n % 10 == 0 || slowBurst && n % 3 == 0 ? SLOW : FAST);
    }

    /** The containers of one pod in cAdvisor's terms. */
    public record Pods(String service, int count, double coresEach, double coreLimit, double bytesEach, double byteLimit) {
        String pod(int i) {
            return service + "-" + i;
        }
    }

    /**
     * Adds cAdvisor's container series for {@code pods}: CPU seconds growing at {@code coresEach} per pod,
     * a CPU quota of {@code coreLimit}, a constant working set and a memory limit. The service and
     * namespace labels come from the scrape target, as with a real cAdvisor behind relabelling.
     */
    public TestHttpService withContainers(Pods pods) {
        CounterWithCallback.builder().name("container_cpu_usage_seconds_total").help("cumulative cpu time consumed")
                .labelNames("pod", "container")
                .callback(cb -> {
                    double seconds = (System.nanoTime() - startNanos) / 1e9;
                    for (int i = 0; i < pods.count(); i++) {
                        cb.call(seconds * pods.coresEach(), pods.pod(i), "app");
                    }
                }).register(registry);
        gauge("container_spec_cpu_quota", pods, pods.coreLimit() * 100_000);
        gauge("container_spec_cpu_period", pods, 100_000);
        gauge("container_memory_working_set_bytes", pods, pods.bytesEach());
        gauge("container_spec_memory_limit_bytes", pods, pods.byteLimit());
        return this;
    }

    private void gauge(String name, Pods pods, double value) {
        GaugeWithCallback.builder().name(name).help(name).labelNames("pod", "container")
                .callback(cb -> {
                    for (int i = 0; i < pods.count(); i++) {
                        cb.call(value, pods.pod(i), "app");
                    }
                }).register(registry);
    }

    public String address() {
        return "127.0.0.1:" + server.getPort();
    }

    /** Requests served so far, failed ones included. */
    public long served() {
        return served.get();
    }

    public long failed() {
        return failed.get();
    }

    @Override
    public void close() {
        pace.shutdownNow();
        server.close();
    }
}
