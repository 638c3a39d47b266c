package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.PodUsage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PodColumnTest {

    private static PodSummary pod(String ns, String name, Instant created) {
        return new PodSummary(ns, name, 1, 1, "Running", "Running", null, PodHealth.RUNNING, 0, null, created,
                "node-1", "10.0.0.1", "Deployment", "app", Map.of());
    }

    private final PodSummary a = pod("shop", "a", Instant.parse("2026-11-01T00:00:00Z"));
    private final PodSummary b = pod("shop", "b", Instant.parse("2026-11-20T00:00:00Z"));
    private final PodSummary c = pod("pay", "c", null);
    private final PodUsageTable usage = new PodUsageTable(Map.of(
            "shop/a", new PodUsage(0.2, 100e6), "shop/b", new PodUsage(1.4, 50e6)));

    private List<String> sorted(List<PodColumn.SortKey> keys) {
        List<PodSummary> pods = new ArrayList<>(List.of(a, b, c));
        pods.sort(PodColumn.order(keys, usage));
        return pods.stream().map(PodSummary::name).toList();
    }

    @Test
    void podsWithoutCpuFiguresComeLastWhicheverTheDirection() {
        assertThat(sorted(List.of(new PodColumn.SortKey(PodColumn.CPU, true)))).containsExactly("a", "b", "c");
        assertThat(sorted(List.of(new PodColumn.SortKey(PodColumn.CPU, false)))).containsExactly("b", "a", "c");
        assertThat(sorted(List.of(new PodColumn.SortKey(PodColumn.MEMORY, false)))).containsExactly("a", "b", "c");
    }

    @Test
    void ascendingAgeIsYoungestFirstAndEqualKeysFallBackToNamespaceAndName() {
        assertThat(sorted(List.of(new PodColumn.SortKey(PodColumn.AGE, true)))).containsExactly("b", "a", "c");
        assertThat(sorted(List.of(new PodColumn.SortKey(PodColumn.STATUS, true)))).containsExactly("c", "a", "b");
    }

    @Test
    void everyOrderIsTotalSoNoTwoPodsCompareEqual() {
        for (PodColumn column : PodColumn.values()) {
            for (boolean up : new boolean[]{true, false}) {
                Comparator<PodSummary> order = PodColumn.order(List.of(new PodColumn.SortKey(column, up)), usage);
                assertThat(order.compare(a, b)).as(column + " " + up).isNotZero();
                assertThat(Integer.signum(order.compare(a, b))).isEqualTo(-Integer.signum(order.compare(b, a)));
                assertThat(order.compare(a, a)).isZero();
            }
        }
    }
}
