package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.PodUsage;

import java.util.HashMap;
import java.util.Map;

/**
 * The CPU and memory figures of one refresh, looked up by namespace and name so that drawing a cell or
 * comparing two rows builds no key string. Immutable; a refresh replaces the whole table.
 */
final class PodUsageTable {

    static final PodUsageTable NONE = new PodUsageTable(Map.of());

    private final Map<String, Map<String, PodUsage>> byNamespace = new HashMap<>();
    private final int size;

    PodUsageTable(Map<String, PodUsage> byKey) {
        for (var e : byKey.entrySet()) {
            String key = e.getKey();
            int slash = key.indexOf('/');
            if (slash > 0) {
                byNamespace.computeIfAbsent(key.substring(0, slash), k -> new HashMap<>()).put(key.substring(slash + 1), e.getValue());
            }
        }
        size = byKey.size();
    }

    PodUsage of(PodSummary pod) {
        Map<String, PodUsage> ns = byNamespace.get(pod.namespace());
        return ns == null ? null : ns.get(pod.name());
    }

    /** CPU cores, NaN when unknown. */
    double cpu(PodSummary pod) {
        PodUsage u = of(pod);
        return u == null ? Double.NaN : u.cpuCores();
    }

    /** Working-set bytes, NaN when unknown. */
    double memory(PodSummary pod) {
        PodUsage u = of(pod);
        return u == null ? Double.NaN : u.memoryBytes();
    }

    int size() {
        return size;
    }
}
