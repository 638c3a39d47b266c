package dev.vigil.connectors.demo;

import dev.vigil.connectors.kubernetes.LatestClusterState;
import dev.vigil.connectors.kubernetes.LogRequest;
import dev.vigil.connectors.kubernetes.PodHealth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DemoClusterSourceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T14:00:00Z");
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final DemoFleet fleet = new DemoFleet(DemoFleet.DEFAULT_SEED, NOW);
    private final DemoClusterSource source = new DemoClusterSource(fleet, timer, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void watchingListsEveryFleetPodAndOneWorkloadPerService() throws Exception {
        LatestClusterState latest = new LatestClusterState();
        source.watch(latest);
        assertThat(latest.firstEvent.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(latest.pods).hasSize(fleet.pods().size());
        assertThat(latest.deployments).hasSize(6);
        assertThat(latest.pods.values()).filteredOn(p -> p.health() == PodHealth.FAILING)
                .singleElement().satisfies(p -> assertThat(p.statusText()).isEqualTo("CrashLoopBackOff · OOMKilled"));
    }

    @Test
    void deletingAPodReplacesItLikeAReplicaSetWould() throws Exception {
        LatestClusterState latest = new LatestClusterState();
        source.watch(latest);
        latest.firstEvent.await(5, TimeUnit.SECONDS);
        DemoPod victim = fleet.pods("checkout").get(1);
        source.deletePod(victim.namespace(), victim.name());
        assertThat(latest.pods).doesNotContainKey(victim.key()).hasSize(fleet.pods().size());
    }

    @Test
    void scalingAddsAndRemovesPods() throws Exception {
        LatestClusterState latest = new LatestClusterState();
        source.watch(latest);
        latest.firstEvent.await(5, TimeUnit.SECONDS);
        source.scaleDeployment("shop", "search", 2);
        assertThat(latest.pods.values()).filteredOn(p -> p.ownerName().equals("search")).hasSize(2);
        assertThat(latest.deployments.get("shop/search").desired()).isEqualTo(2);
    }

    @Test
    void aPodsLogsCarryTheFleetsTraceIds() {
        DemoPod gateway = fleet.pods("gateway").getFirst();
        List<String> lines = source.logs(LogRequest.tail(gateway.namespace(), gateway.name(), 50));
        assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(50);
        assertThat(lines).allMatch(l -> l.contains("service=gateway") && l.contains("trace_id="));
        assertThat(source.podDetails(gateway.namespace(), gateway.name()).ownerChain()).contains("Deployment/gateway");
    }
}
