package dev.vigil.connectors.demo;

import dev.vigil.connectors.prometheus.MetricUnit;
import dev.vigil.connectors.prometheus.MetricsSource;
import dev.vigil.connectors.prometheus.Series;
import dev.vigil.connectors.prometheus.ServiceMetricsConfig;
import dev.vigil.connectors.prometheus.Thresholds;
import dev.vigil.connectors.prometheus.TileReading;
import dev.vigil.connectors.prometheus.TileSpec;
import dev.vigil.environments.ServiceSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The demo fleet's metrics behind the same interface as Prometheus: the built-in tiles of every
 * service, with values computed from the fleet's traffic model at each instant, so tiles, sparklines,
 * change-vs-previous-period and per-pod charts all work on the demo environment.
 */
public final class DemoMetricsSource implements MetricsSource {

    private static final double MIB = 1024 * 1024;
    private static final double CPU_LIMIT_CORES = 1.5;

    private record Kind(String key, String title, MetricUnit unit, Thresholds thresholds) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("requests_per_minute", "Requests", MetricUnit.REQUESTS_PER_MINUTE, Thresholds.NONE),
            new Kind("errors_per_minute", "Errors", MetricUnit.ERRORS_PER_MINUTE, Thresholds.NONE),
            new Kind("error_ratio", "Error ratio", MetricUnit.RATIO, new Thresholds(0.01, 0.05)),
            new Kind("latency_avg", "Latency avg", MetricUnit.SECONDS, Thresholds.NONE),
            new Kind("latency_p95", "Latency p95", MetricUnit.SECONDS, new Thresholds(0.5, 1.0)),
            new Kind("latency_p99", "Latency p99", MetricUnit.SECONDS, new Thresholds(1.0, 2.0)),
            new Kind("cpu_cores", "CPU", MetricUnit.CORES, Thresholds.NONE),
            new Kind("cpu_of_limit", "CPU of limit", MetricUnit.RATIO, new Thresholds(0.8, 0.95)),
            new Kind("memory_working_set", "Memory", MetricUnit.BYTES, Thresholds.NONE),
            new Kind("memory_of_limit", "Memory of limit", MetricUnit.RATIO, new Thresholds(0.8, 0.95)));

    private final DemoFleet fleet;

    public DemoMetricsSource(DemoFleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public CompletableFuture<List<TileSpec>> tiles(ServiceSpec service) {
        List<TileSpec> tiles = new ArrayList<>();
        if (fleet.service(service.name()).isEmpty()) {
            return CompletableFuture.completedFuture(tiles);
        }
        for (Kind k : KINDS) {
            String query = "demo: " + k.title().toLowerCase(java.util.Locale.ROOT) + " of " + service.name();
            tiles.add(new TileSpec(service.name(), k.key(), k.title(), k.unit(), query, query + " by pod", k.thresholds(),
                    ServiceMetricsConfig.DEFAULT_COMPACT.contains(k.key())));
        }
        return CompletableFuture.completedFuture(tiles);
    }

    @Override
    public CompletableFuture<TileReading> read(TileSpec tile, Instant now, Duration history, Duration step) {
        Series series = series(tile, now.minus(history), now, step, null);
        return CompletableFuture.completedFuture(new TileReading(value(tile, now, null), series.times(), series.values(), now, 1));
    }

    @Override
    public CompletableFuture<Double> valueAt(TileSpec tile, Instant at) {
        return CompletableFuture.completedFuture(value(tile, at, null));
    }

    @Override
    public CompletableFuture<List<Series>> chart(TileSpec tile, Instant from, Instant to, Duration step) {
        List<Series> list = new ArrayList<>();
        for (DemoPod pod : fleet.pods(tile.service())) {
            list.add(series(tile, from, to, step, pod));
        }
        return CompletableFuture.completedFuture(list);
    }

    @Override
    public String describe() {
        return "the simulated demo fleet";
    }

    private Series series(TileSpec tile, Instant from, Instant to, Duration step, DemoPod pod) {
        long stepMs = Math.max(1000, step.toMillis());
        int n = (int) Math.max(1, Duration.between(from, to).toMillis() / stepMs + 1);
        long[] times = new long[n];
        double[] values = new double[n];
        long end = to.toEpochMilli();
        for (int i = 0; i < n; i++) {
            times[i] = end - (long) (n - 1 - i) * stepMs;
            values[i] = value(tile, Instant.ofEpochMilli(times[i]), pod);
        }
        return new Series(pod == null ? Map.of("service", tile.service()) : Map.of("pod", pod.name()), times, values);
    }

    /** The tile's value at an instant, for the whole service or (given a pod) for that pod. */
    double value(TileSpec tile, Instant at, DemoPod pod) {
        String s = tile.service();
        DemoService service = fleet.service(s).orElseThrow();
        if (pod != null) {
            return podValue(tile.key(), service, at, pod);
        }
        double rpm = fleet.requestsPerMinute(s, at);
        return switch (tile.key()) {
            case "requests_per_minute" -> rpm;
            case "errors_per_minute" -> rpm * fleet.errorRatio(s, at);
            case "error_ratio" -> fleet.errorRatio(s, at);
            case "latency_avg" -> fleet.latencyMs(s, 0.5, at) * 1.1 / 1000;
            case "latency_p95" -> fleet.latencyMs(s, 0.95, at) / 1000;
            case "latency_p99" -> fleet.latencyMs(s, 0.99, at) / 1000;
            case "cpu_cores" -> fleet.cpuCores(s, at) * service.replicas();
            case "cpu_of_limit" -> fleet.cpuCores(s, at) / CPU_LIMIT_CORES;
            case "memory_working_set" -> fleet.memoryMb(s, at) * MIB * service.replicas();
            case "memory_of_limit" -> fleet.memoryMb(s, at) / fleet.memoryLimitMb(s);
            default -> Double.NaN;
        };
    }

    /**
     * One pod's share: additive figures split across replicas, the rest the pod's own; each pod differs a
     * little so the chart's lines can be told apart, and a drill that hits some pods shows on those lines.
     */
    private double podValue(String key, DemoService service, Instant at, DemoPod pod) {
        String s = service.name();
        double spread = fleet.spread(pod);
        double rpm = fleet.requestsPerMinute(s, at) / service.replicas();
        double value = switch (key) {
            case "requests_per_minute" -> rpm;
            case "errors_per_minute" -> rpm * fleet.errorRatio(pod, at);
            case "error_ratio" -> fleet.errorRatio(pod, at);
            case "latency_avg" -> fleet.latencyMs(pod, 0.5, at) * 1.1 / 1000;
            case "latency_p95" -> fleet.latencyMs(pod, 0.95, at) / 1000;
            case "latency_p99" -> fleet.latencyMs(pod, 0.99, at) / 1000;
            case "cpu_cores" -> fleet.cpuCores(pod, at);
            case "cpu_of_limit" -> fleet.cpuCores(pod, at) / CPU_LIMIT_CORES;
            case "memory_working_set" -> fleet.memoryMb(pod, at) * MIB;
            case "memory_of_limit" -> fleet.memoryMb(pod, at) / fleet.memoryLimitMb(s);
            default -> Double.NaN;
        };
        return value * spread;
    }
}
