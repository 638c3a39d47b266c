package dev.vigil.views.cluster;

import dev.vigil.connectors.ManualClock;
import dev.vigil.connectors.kubernetes.DeploymentSummary;
import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.RevisionSummary;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The "what changed" feed: rollouts, scale changes and crashes seen live, and rollouts from before Vigil connected. */
class WorkloadsModelTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final ManualClock clock = new ManualClock(NOW);
    private final WorkloadsModel model = new WorkloadsModel(clock);

    private static DeploymentSummary deployment(String name, int replicas, long revision, String image) {
        return new DeploymentSummary("payments", name, replicas, replicas, replicas, replicas, revision, "complete", List.of(image),
                Map.of("app", name), NOW.minus(Duration.ofDays(40)), null);
    }

    private PodSummary pod(int restarts) {
        return new PodSummary("payments", "ledger-0", restarts > 0 ? 0 : 1, 1, "Running", restarts > 0 ? "CrashLoopBackOff" : "Running",
                restarts > 0 ? "OOMKilled" : null, restarts > 0 ? PodHealth.FAILING : PodHealth.RUNNING, restarts,
                restarts > 0 ? clock.instant() : null, NOW.minus(Duration.ofHours(3)), "node-1", "10.0.0.1", "StatefulSet", "ledger", Map.of());
    }

    @Test
    void aRolloutAndAScaleChangeSeenLiveJoinTheFeedNewestFirst() {
        model.applyDeployments(Map.of("payments/api", Optional.of(deployment("api", 3, 3, "api:1.0"))));
        assertThat(model.changes()).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        model.applyDeployments(Map.of("payments/api", Optional.of(deployment("api", 3, 4, "api:1.1"))));
        clock.advance(Duration.ofMinutes(1));
        model.applyDeployments(Map.of("payments/api", Optional.of(deployment("api", 5, 4, "api:1.1"))));

        assertThat(model.changes()).extracting(ChangeItem::kind, ChangeItem::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("scale", "replicas 3 → 5"),
                org.assertj.core.groups.Tuple.tuple("rollout", "revision 3 → 4: api:1.1"));
    }

    @Test
    void rolloutsFromBeforeConnectingComeFromTheRevisionHistoriesWithinTheWindow() {
        DeploymentSummary api = deployment("api", 3, 4, "api:1.1");
        DeploymentSummary web = deployment("web", 2, 7, "web:3");
        model.applyDeployments(Map.of("payments/api", Optional.of(api), "payments/web", Optional.of(web)));

        model.addPastRollouts(Map.of(
                api, List.of(new RevisionSummary(4, "api-4", NOW.minus(Duration.ofMinutes(50)), List.of("api:1.1"), 3),
                        new RevisionSummary(3, "api-3", NOW.minus(Duration.ofDays(3)), List.of("api:1.0"), 0),
                        new RevisionSummary(2, "api-2", NOW.minus(Duration.ofDays(9)), List.of("api:0.9"), 0)),
                // Last rolled out a week ago: nothing in the last six hours.
                web, List.of(new RevisionSummary(7, "web-7", NOW.minus(Duration.ofDays(7)), List.of("web:3"), 2),
                        new RevisionSummary(6, "web-6", NOW.minus(Duration.ofDays(8)), List.of("web:2"), 0))));

        assertThat(model.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("rollout");
            assertThat(c.target()).isEqualTo("Deployment/api");
            assertThat(c.time()).isEqualTo(NOW.minus(Duration.ofMinutes(50)));
            assertThat(c.detail()).isEqualTo("revision 3 → 4: api:1.1");
        });
    }

    @Test
    void aRolloutAlreadySeenLiveIsNotListedTwiceFromItsHistory() {
        model.applyDeployments(Map.of("payments/api", Optional.of(deployment("api", 3, 3, "api:1.0"))));
        model.applyDeployments(Map.of("payments/api", Optional.of(deployment("api", 3, 4, "api:1.1"))));

        model.addPastRollouts(Map.of(deployment("api", 3, 4, "api:1.1"), List.of(
                new RevisionSummary(4, "api-4", NOW, List.of("api:1.1"), 3),
                new RevisionSummary(3, "api-3", NOW.minus(Duration.ofHours(2)), List.of("api:1.0"), 0),
                new RevisionSummary(2, "api-2", NOW.minus(Duration.ofHours(4)), List.of("api:0.9"), 0))));

        assertThat(model.changes()).singleElement().extracting(ChangeItem::detail).isEqualTo("revision 3 → 4: api:1.1");
    }

    @Test
    void aCrashJoinsAtTheEndOfItsBatchAndOldChangesLeaveTheWindow() {
        model.applyDeployments(Map.of("payments/api", Optional.of(deployment("api", 3, 3, "api:1.0"))));
        model.applyDeployments(Map.of("payments/api", Optional.of(deployment("api", 4, 3, "api:1.0"))));
        model.podChanged(pod(0), pod(1), NOW);
        assertThat(model.changes()).hasSize(1);
        model.podBatchDone(NOW);
        assertThat(model.changes()).extracting(ChangeItem::kind).containsExactly("crash", "scale");
        assertThat(model.changes().getFirst().detail()).isEqualTo("container restarted, 1 restarts (OOMKilled)");

        clock.advance(WorkloadsModel.FEED_WINDOW.plusMinutes(1));
        model.podChanged(pod(1), pod(2), clock.instant());
        model.podBatchDone(clock.instant());
        assertThat(model.changes()).extracting(ChangeItem::kind).containsExactly("crash");
    }
}
