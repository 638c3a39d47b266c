package dev.vigil.sandbox;

import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DemoPod;
import dev.vigil.connectors.demo.DrillScenarios;
import dev.vigil.connectors.kubernetes.ClusterSource;
import dev.vigil.connectors.kubernetes.KubeClusterSource;
import dev.vigil.connectors.kubernetes.Kubeconfig;
import dev.vigil.connectors.kubernetes.LatestClusterState;
import dev.vigil.connectors.kubernetes.LogRequest;
import dev.vigil.connectors.kubernetes.PodHealth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's real Kubernetes connector reads back the demo fleet from the sandbox's API server. */
class SandboxClusterTest {

    @TempDir
    Path dir;

    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private final Clock clock = Clock.systemUTC();
    private final DemoFleet fleet = new DemoFleet(DemoFleet.DEFAULT_SEED, clock.instant());
    private final SandboxCluster cluster = new SandboxCluster(fleet, timer, clock);
    private ClusterSource connector;

    @AfterEach
    void stop() throws Exception {
        if (connector != null) {
            connector.close();
        }
        cluster.close();
        timer.shutdownNow();
    }

    private LatestClusterState watchThroughTheApi() throws Exception {
        Path kubeconfig = cluster.writeKubeconfig(dir.resolve("kubeconfig"), "vigil-sandbox");
        connector = KubeClusterSource.connect(Kubeconfig.load(List.of(kubeconfig)), "vigil-sandbox", timer, clock);
        LatestClusterState latest = new LatestClusterState();
        connector.watch(latest);
        return latest;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 20 s");
            }
            Thread.sleep(100);
        }
    }

    @Test
    void podsOwnersAndStatusesReadBackAsTheDemoShowsThem() throws Exception {
        cluster.start();
        LatestClusterState latest = watchThroughTheApi();

        waitFor(() -> latest.pods.size() == fleet.pods().size() && latest.deployments.size() == 5);

        DemoPod gateway = fleet.pods("gateway").getFirst();
        assertThat(latest.pods.get(gateway.key())).satisfies(p -> {
            assertThat(p.ownerText()).isEqualTo("Deployment/gateway");
            assertThat(p.health()).isEqualTo(PodHealth.RUNNING);
            assertThat(p.node()).isEqualTo(gateway.node());
        });
        assertThat(latest.pods.get("identity/accounts-0").ownerText()).isEqualTo("StatefulSet/accounts");
        assertThat(latest.pods.values()).filteredOn(p -> p.health() == PodHealth.FAILING).singleElement()
                .satisfies(p -> assertThat(p.statusText()).isEqualTo("CrashLoopBackOff · OOMKilled"));
        assertThat(latest.deployments.get("payments/payments").images()).containsExactly("registry.demo/payments:4.17.2");
    }

    @Test
    void aDrillsCrashLoopAndRolloutReachTheApiServer() throws Exception {
        cluster.start();
        LatestClusterState latest = watchThroughTheApi();
        waitFor(() -> latest.pods.size() == fleet.pods().size());

        fleet.drills().start(DrillScenarios.CHECKOUT_OOM, Instant.now(), 20); // first kill 2 s in

        waitFor(() -> latest.pods.values().stream().filter(p -> p.ownerName().equals("checkout") && p.health() == PodHealth.FAILING).count() == 2);
        waitFor(() -> latest.deployments.get("shop/checkout").images().equals(List.of("registry.demo/checkout:5.3.0")));
        assertThat(latest.events).anySatisfy(e -> assertThat(e.reason()).isEqualTo("OOMKilling"));
    }

    @Test
    void podLogsComeFromTheFleetsTraffic() throws Exception {
        cluster.start();
        watchThroughTheApi();
        DemoPod pod = fleet.pods("payments").getFirst();

        List<String> lines = connector.logs(new LogRequest(pod.namespace(), pod.name(), null, false, 50, 120, false));

        assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(50)
                .allSatisfy(l -> assertThat(l).contains("service=payments").contains("trace_id="));
    }

    @Test
    void followingAPodKeepsBringingItsNewLines() throws Exception {
        cluster.start();
        watchThroughTheApi();
        DemoPod pod = fleet.pods("gateway").getFirst();
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Throwable> endings = new java.util.concurrent.CopyOnWriteArrayList<>();

        try (AutoCloseable follow = connector.followLogs(new LogRequest(pod.namespace(), pod.name(), null, false, 5, 0, true),
                seen::add, endings::add)) {
            waitFor(() -> seen.size() >= 5);
            Instant firstBatchEnd = Instant.parse(seen.get(4).substring(0, seen.get(4).indexOf(' ')));
            // The sandbox answers a follow with what the pod has logged and closes it: new lines come by resuming.
            waitFor(() -> seen.stream().anyMatch(l -> Instant.parse(l.substring(0, l.indexOf(' '))).isAfter(firstBatchEnd.plusSeconds(2))));
        }
        assertThat(endings).isEmpty();
        assertThat(seen).doesNotHaveDuplicates()
                .allSatisfy(l -> assertThat(l).contains("service=gateway"));
        List<Instant> times = seen.stream().map(l -> Instant.parse(l.substring(0, l.indexOf(' ')))).toList();
        assertThat(times).isSorted();
    }
}
