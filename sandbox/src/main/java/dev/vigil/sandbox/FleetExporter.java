package dev.vigil.sandbox;

import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DemoPod;
import dev.vigil.connectors.demo.DemoService;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo fleet as Prometheus sees a real company: each service serves {@code /metrics} on its own
 * loopback port, instrumented with the Prometheus Java client the way services are — the plain
 * {@code http_requests_total} counter by status code, the {@code http_request_duration_seconds}
 * histogram, and cAdvisor's container CPU, memory and limits per pod — with values that follow the
 * fleet (and any drill on it) second by second.
 */
public final class FleetExporter implements AutoCloseable {

    /** Latency samples each pod observes a second: enough for p99 over a minute, cheap to produce. */
    private static final int SAMPLES_PER_POD_SECOND = 25;
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final double MIB = 1024 * 1024;
    private static final double CPU_LIMIT_CORES = 1.5;

    /** One service's endpoint and its instruments. */
    private final class ServiceEndpoint {
        final DemoService service;
        final HTTPServer server;
        final Counter requests;
        final Histogram duration;
        final Counter cpu;
        final Gauge memory;
        final Map<String, Double> carry = new LinkedHashMap<>();

        ServiceEndpoint(DemoService service) throws IOException {
            this.service = service;
            PrometheusRegistry registry = new PrometheusRegistry();
            requests = Counter.builder().name("http_requests_total").help("HTTP requests served")
                    .labelNames("service", "namespace", "pod", "method", "code").register(registry);
            duration = Histogram.builder().name("http_request_duration_seconds").help("HTTP request latency")
                    .labelNames("service", "namespace", "pod").classicOnly().classicUpperBounds(BUCKETS).register(registry);
            cpu = Counter.builder().name("container_cpu_usage_seconds_total").help("cumulative CPU time consumed")
                    .labelNames("namespace", "pod", "container").register(registry);
            memory = Gauge.builder().name("container_memory_working_set_bytes").help("current working set")
                    .labelNames("namespace", "pod", "container").register(registry);
            Gauge quota = Gauge.builder().name("container_spec_cpu_quota").help("CPU quota of the container")
                    .labelNames("namespace", "pod", "container").register(registry);
            Gauge period = Gauge.builder().name("container_spec_cpu_period").help("CPU period of the container")
                    .labelNames("namespace", "pod", "container").register(registry);
            Gauge limit = Gauge.builder().name("container_spec_memory_limit_bytes").help("memory limit of the container")
                    .labelNames("namespace", "pod", "container").register(registry);
            for (DemoPod p : fleet.pods(service.name())) {
                quota.labelValues(p.namespace(), p.name(), service.name()).set(CPU_LIMIT_CORES * 100_000);
                period.labelValues(p.namespace(), p.name(), service.name()).set(100_000);
                limit.labelValues(p.namespace(), p.name(), service.name()).set(fleet.memoryLimitMb(service.name()) * MIB);
            }
            server = HTTPServer.builder().hostname("127.0.0.1").port(0).registry(registry).buildAndStart();
        }

        /** Serves the seconds since the last step: counters grow by the fleet's rates. */
        void step(Instant at, double seconds, SplittableRandom random) {
            List<DemoPod> pods = fleet.pods(service.name());
            double perPod = fleet.requestsPerMinute(service.name(), at) / 60 * seconds / pods.size();
            for (DemoPod p : pods) {
                double errors = fleet.errorRatio(p, at);
                // Whole requests only, carrying the fraction to the next step so the rate stays exact.
                double due = perPod + carry.getOrDefault(p.name(), 0.0);
                long whole = (long) due;
                carry.put(p.name(), due - whole);
                double failedDue = whole * errors + carry.getOrDefault(p.name() + "/5xx", 0.0);
                long failed = Math.min(whole, (long) failedDue);
                carry.put(p.name() + "/5xx", failedDue - failed);
                requests.labelValues(service.name(), service.namespace(), p.name(), "GET", "200").inc(whole - failed);
                requests.labelValues(service.name(), service.namespace(), p.name(), "GET", "500").inc(failed);
                double median = fleet.latencyMs(p, 0.5, at) / 1000;
                var observer = duration.labelValues(service.name(), service.namespace(), p.name());
                int samples = (int) Math.max(1, Math.round(SAMPLES_PER_POD_SECOND * seconds));
                for (int i = 0; i < samples; i++) {
                    observer.observe(median * Math.exp(0.45 * random.nextGaussian()));
                }
                cpu.labelValues(p.namespace(), p.name(), service.name()).inc(fleet.cpuCores(p, at) * fleet.spread(p) * seconds);
                memory.labelValues(p.namespace(), p.name(), service.name()).set(fleet.memoryMb(p, at) * fleet.spread(p) * MIB);
            }
        }
    }

    private final DemoFleet fleet;
    private final Clock clock;
    private final List<ServiceEndpoint> endpoints = new ArrayList<>();
    private final SplittableRandom random;
    private Instant last;

    public FleetExporter(DemoFleet fleet, Clock clock) throws IOException {
        this.fleet = fleet;
        this.clock = clock;
        this.random = new SplittableRandom(fleet.seed());
        try {
            for (DemoService s : fleet.services()) {
                endpoints.add(new ServiceEndpoint(s));
            }
        } catch (IOException e) {
            close();
            throw e;
        }
        last = clock.instant();
    }

    /** Advances every counter to now; call about once a second. */
    public synchronized void step() {
        Instant now = clock.instant();
        double seconds = (now.toEpochMilli() - last.toEpochMilli()) / 1000.0;
        if (seconds <= 0) {
            return;
        }
        for (ServiceEndpoint e : endpoints) {
            e.step(now, seconds, random);
        }
        last = now;
    }

    /** Each service's scrape address ({@code 127.0.0.1:port}), by service name. */
    public Map<String, String> addresses() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ServiceEndpoint e : endpoints) {
            out.put(e.service.name(), "127.0.0.1:" + e.server.getPort());
        }
        return out;
    }

    @Override
    public void close() {
        for (ServiceEndpoint e : endpoints) {
            e.server.close();
        }
    }
}
