package dev.vigil.connectors.demo;

import dev.vigil.connectors.kubernetes.NodeSummary;
import dev.vigil.connectors.kubernetes.PodSummary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/** The demo cluster's nodes: the ones its pods run on, all healthy workers of one kubelet version. */
final class DemoNodes {

    private DemoNodes() {
    }

    static List<NodeSummary> of(List<PodSummary> pods, Instant now) {
        TreeSet<String> names = new TreeSet<>();
        for (PodSummary p : pods) {
            if (p.node() != null) {
                names.add(p.node());
            }
        }
        int[] n = {0};
        return names.stream().map(name -> new NodeSummary(name, "Ready", true, List.of(), false, "worker", "v1.31.4",
                "10.0.8." + (11 + n[0]++), now.minus(Duration.ofDays(60)), null)).toList();
    }
}
