package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PodTallyTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Instant RECENT = NOW.minus(ClusterViewModel.RECENT_RESTART);

    private static PodSummary pod(String name, PodHealth health, String status, String node, Instant lastRestart) {
        return new PodSummary("ns", name, health == PodHealth.RUNNING ? 1 : 0, 1, "Running", status, null, health,
                lastRestart == null ? 0 : 1, lastRestart, Instant.EPOCH, node, null, "Deployment", "app", Map.of());
    }

    @Test
    void podsComingChangingAndGoingAreCountedByDeltas() {
        PodTally tally = new PodTally();
        PodSummary a = pod("a", PodHealth.RUNNING, "Running", "node-1", null);
        PodSummary b = pod("b", PodHealth.RUNNING, "Running", "node-1", NOW.minusSeconds(60));
        PodSummary c = pod("c", PodHealth.PENDING, "Pending · Unschedulable", null, null);
        assertThat(tally.change(a.key(), null, a, RECENT)).as("a first status text").isTrue();
        assertThat(tally.change(b.key(), null, b, RECENT)).as("the same text again").isFalse();
        assertThat(tally.change(c.key(), null, c, RECENT)).isTrue();
        assertThat(tally.counts()).isEqualTo(new PodCounts(3, 2, 1, 0, 1));
        assertThat(tally.longestStatus()).isEqualTo("Pending · Unschedulable");
        assertThat(tally.podsOn("node-1")).isEqualTo(2);

        // b crash-loops on another node: failing, not "restarting"; c is scheduled and runs; a goes.
        PodSummary b2 = pod("b", PodHealth.FAILING, "CrashLoopBackOff", "node-2", NOW.minusSeconds(5));
        PodSummary c2 = pod("c", PodHealth.RUNNING, "Running", "node-2", null);
        tally.change(b.key(), b, b2, RECENT);
        assertThat(tally.change(c.key(), c, c2, RECENT)).as("the pending text is gone").isTrue();
        tally.change(a.key(), a, null, RECENT);
        assertThat(tally.counts()).isEqualTo(new PodCounts(2, 1, 0, 1, 0));
        assertThat(tally.longestStatus()).isEqualTo("CrashLoopBackOff");
        assertThat(tally.podsOn("node-1")).isZero();
        assertThat(tally.podsOn("node-2")).isEqualTo(2);
    }
}
