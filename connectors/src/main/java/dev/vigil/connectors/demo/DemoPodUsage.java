package dev.vigil.connectors.demo;

import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.PodUsage;
import dev.vigil.connectors.kubernetes.PodUsageSource;
import dev.vigil.connectors.prometheus.MetricUnit;
import dev.vigil.connectors.prometheus.Thresholds;
import dev.vigil.connectors.prometheus.TileSpec;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * CPU and memory of the demo cluster's pods: the same per-pod figures the demo's metric tiles chart
 * (the fleet's traffic model, split over the service's replicas), for the pods the cluster holds now,
 * replacements and scaled-up pods included. A crash-looping container in back-off runs nothing, so
 * such a pod has no figure, as cAdvisor would report none.
 */
final class DemoPodUsage implements PodUsageSource {

    private final DemoFleet fleet;
    private final DemoMetricsSource metrics;
    private final Supplier<List<PodSummary>> pods;
    private final Clock clock;

    DemoPodUsage(DemoFleet fleet, Supplier<List<PodSummary>> pods, Clock clock) {
        this.fleet = fleet;
        this.metrics = new DemoMetricsSource(fleet);
        this.pods = pods;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Map<String, PodUsage>> usage(Set<String> namespaces) {
        Instant now = clock.instant();
        Map<String, PodUsage> out = new HashMap<>();
        Map<String, Integer> ordinals = new HashMap<>();
        for (PodSummary p : pods.get()) {
            if (!namespaces.isEmpty() && !namespaces.contains(p.namespace())) {
                continue;
            }
            if (p.ownerName() == null || fleet.service(p.ownerName()).isEmpty() || p.health() == PodHealth.FAILING) {
                continue;
            }
            String service = p.ownerName();
            int ordinal = ordinals.merge(service, 1, Integer::sum) - 1;
            DemoPod pod = new DemoPod(service, p.namespace(), p.name(), p.ownerKind(), service, p.node(), p.ip(), p.created(), ordinal);
            double cpu = metrics.value(tile(service, "cpu_cores", MetricUnit.CORES), now, pod);
            double memory = metrics.value(tile(service, "memory_working_set", MetricUnit.BYTES), now, pod);
            out.put(p.key(), new PodUsage(cpu, memory));
        }
        return CompletableFuture.completedFuture(out);
    }

    private static TileSpec tile(String service, String key, MetricUnit unit) {
        return new TileSpec(service, key, key, unit, "", "", Thresholds.NONE, false);
    }

    @Override
    public String describe() {
        return "the simulated demo fleet";
    }
}
