package dev.vigil.views.cluster;

import dev.vigil.connectors.demo.DrillScenarios;
import dev.vigil.views.common.EvidenceDraft;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed pinned as evidence: what a reader of the incident sees of it, and what a drill counts as finding the cause. */
class ChangesPinTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theTitleCountsByKindTheSummaryNamesTheNewestAndEveryChangeIsAttached() {
        List<ChangeItem> feed = new ArrayList<>();
        feed.add(new ChangeItem(NOW.minusSeconds(60), "rollout", "payments", "Deployment/payments",
                "revision 3 → 4: registry.demo/payments:4.18.0"));
        for (int i = 0; i < 6; i++) {
            feed.add(new ChangeItem(NOW.minus(Duration.ofMinutes(5 + i)), "crash", "shop", "Pod/checkout-" + i,
                    "container restarted, 2 restarts (OOMKilled)"));
        }
        feed.add(new ChangeItem(NOW.minus(Duration.ofHours(2)), "scale", "shop", "Deployment/search", "replicas 6 → 8"));

        EvidenceDraft d = ChangesPin.draft("demo", feed, NOW);

        assertThat(d.kind()).isEqualTo("changes");
        assertThat(d.title()).isEqualTo("What changed on demo: 1 rollout, 1 scale change, 6 crashes in the last 6 h");
        assertThat(d.summary().lines().toList()).hasSize(ChangesPin.SUMMARY_LINES + 1)
                .startsWith("09:59 UTC rollout payments/Deployment/payments: revision 3 → 4: registry.demo/payments:4.18.0")
                .endsWith("… and 3 more in changes.txt");
        assertThat(d.attachments().get("changes.txt").lines()).hasSize(8)
                .last().asString().isEqualTo("2026-12-01T08:00:00Z scale shop/Deployment/search: replicas 6 → 8");
        // The payments drill's cause is the rollout: pinning the feed that shows it counts as finding it.
        assertThat(DrillScenarios.PAYMENTS_LATENCY.markers().matches(d.kind(), d.title(), d.summary())).isTrue();
    }
}
