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

    @Test
    void everyRunningPodHasCpuAndMemoryAndTheCrashLoopingOneHasNone() throws Exception {
        var usage = source.usage().usage(java.util.Set.of()).get(5, TimeUnit.SECONDS);
        assertThat(usage).hasSize(fleet.pods().size() - 1);
        DemoPod payments = fleet.pods("payments").getFirst();
        var figures = usage.get(payments.key());
        // One pod's share of the service: the per-pod figures the demo's metric tiles chart.
        assertThat(figures.cpuCores()).isCloseTo(fleet.cpuCores("payments", NOW), org.assertj.core.api.Assertions.within(0.1));
        assertThat(figures.memoryBytes() / 1024 / 1024).isCloseTo(fleet.memoryMb("payments", NOW),
                org.assertj.core.api.Assertions.within(50.0));
        assertThat(source.usage().usage(java.util.Set.of("payments")).get(5, TimeUnit.SECONDS))
                .hasSize(fleet.pods("payments").size());
    }

    @Test
    void theFirstListIsDeclaredCompleteAfterItsPodsAndTheNodesFollow() throws Exception {
        java.util.List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch nodes = new java.util.concurrent.CountDownLatch(1);
        source.watch(new dev.vigil.connectors.kubernetes.ClusterListener() {
            @Override
            public void pod(String key, dev.vigil.connectors.kubernetes.PodSummary pod) {
                order.add("pod");
            }

            @Override
            public void podsListed() {
                order.add("listed");
            }

            @Override
            public void node(String name, dev.vigil.connectors.kubernetes.NodeSummary node) {
                order.add("node");
                nodes.countDown();
            }

            @Override
            public void deployment(String key, dev.vigil.connectors.kubernetes.DeploymentSummary deployment) {
            }

            @Override
            public void event(dev.vigil.connectors.kubernetes.ClusterEvent event) {
            }

            @Override
            public void status(dev.vigil.connectors.kubernetes.ClusterStatus status) {
            }
        });
        assertThat(nodes.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        assertThat(order.indexOf("listed")).isEqualTo(fleet.pods().size());
        assertThat(order.subList(order.indexOf("listed") + 1, order.size())).isNotEmpty().containsOnly("node");
    }

    @Test
    void timestampsArePrefixedAsTheKubeletPrefixesThem() {
        DemoPod gateway = fleet.pods("gateway").getFirst();
        List<String> lines = source.logs(new LogRequest(gateway.namespace(), gateway.name(), null, false, 5, 0, true));
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(Instant.parse(l.substring(0, l.indexOf(' ')))).isBefore(NOW.plusSeconds(1)));
    }
}
