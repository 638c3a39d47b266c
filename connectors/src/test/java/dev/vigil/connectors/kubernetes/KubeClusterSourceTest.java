package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class KubeClusterSourceTest {

    @TempDir
    Path dir;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private MockCluster cluster;
    private KubernetesClient seed;
    private KubeClusterSource source;
    private final LatestClusterState latest = new LatestClusterState();
    private final Map<String, PodSummary> pods = latest.pods;
    private final List<ClusterStatus> states = latest.states;
    private final ClusterListener listener = latest;

    @BeforeEach
    void start() throws Exception {
        cluster = new MockCluster();
        seed = cluster.client();
        Path kubeconfig = cluster.writeKubeconfig(dir.resolve("config"), "mock", "shop");
        var config = Kubeconfig.load(List.of(kubeconfig)).clientConfig("mock");
        config.setWatchReconnectInterval(100);
        source = KubeClusterSource.open("mock", config, timer, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        source.close();
        seed.close();
        cluster.close();
        timer.shutdownNow();
    }

    @Test
    void podsAddedChangedAndDeletedReachTheListener() {
        Instant created = Instant.now().minusSeconds(3600);
        seed.resource(TestPods.running("shop", "checkout", "a1", 0, created)).create();
        source.watch(listener);
        await(() -> pods.containsKey("shop/checkout-7f9c6d5b8-a1"));
        PodSummary first = pods.get("shop/checkout-7f9c6d5b8-a1");
        assertThat(first.status()).isEqualTo("Running");
        assertThat(first.ownerText()).isEqualTo("Deployment/checkout");

        seed.resource(TestPods.crashLooping("shop", "checkout", "a1", "OOMKilled", 137, 4, created)).update();
        await(() -> pods.get("shop/checkout-7f9c6d5b8-a1").health() == PodHealth.FAILING);
        assertThat(pods.get("shop/checkout-7f9c6d5b8-a1").statusText()).isEqualTo("CrashLoopBackOff · OOMKilled");
        assertThat(pods.get("shop/checkout-7f9c6d5b8-a1").restarts()).isEqualTo(4);

        seed.pods().inNamespace("shop").withName("checkout-7f9c6d5b8-a1").delete();
        await(() -> pods.isEmpty());
        await(() -> source.status().state() == ConnectionState.CONNECTED);
    }

    @Test
    void aServerRestartShowsReconnectingThenRelistsByItself() {
        source.watch(listener);
        await(() -> source.status().state() == ConnectionState.CONNECTED);

        cluster.stop();
        await(() -> source.status().state() == ConnectionState.RECONNECTING);
        assertThat(source.status().message()).startsWith("reconnecting");

        cluster.restart();
        try (KubernetesClient after = cluster.client()) {
            after.resource(TestPods.running("shop", "search", "b2", 0, Instant.now())).create();
        }
        await(() -> pods.containsKey("shop/search-7f9c6d5b8-b2"));
        await(() -> source.status().state() == ConnectionState.CONNECTED);
        assertThat(states).extracting(ClusterStatus::state).contains(ConnectionState.RECONNECTING);
    }

    @Test
    void anUnreachableServerIsReportedWithItsAddress() throws Exception {
        cluster.stop();
        var config = Kubeconfig.load(List.of(cluster.writeKubeconfig(dir.resolve("dead"), "dead", "shop"))).clientConfig("dead");
        try (KubeClusterSource dead = KubeClusterSource.open("dead", config, timer, Clock.systemUTC())) {
            await(() -> dead.status().state() == ConnectionState.UNREACHABLE);
            assertThat(dead.status().message()).contains("cannot reach").contains("127.0.0.1:" + cluster.port());
        }
        cluster.restart();
    }

    @Test
    void aForbiddenActionIsDeniedWithTheReviewsReason() {
        cluster.expectAccess(false, "RBAC: role viewer lacks delete on pods");
        AccessDecision decision = source.canI(ClusterAction.DELETE_POD, "payments");
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).contains("You may not delete pods in payments").contains("role viewer");
    }

    @Test
    void logsComeFromTheLogEndpoint() {
        cluster.expectLog("shop", "checkout-7f9c6d5b8-a1", "&tailLines=200", "line one\nline two\n");
        assertThat(source.logs(LogRequest.tail("shop", "checkout-7f9c6d5b8-a1", 200))).containsExactly("line one", "line two");
    }

    @Test
    void scaleAndRestartChangeTheDeployment() {
        seed.resource(TestPods.deployment("shop", "checkout", 3, 3)).create();
        source.scaleDeployment("shop", "checkout", 5);
        source.restartDeployment("shop", "checkout");
        var d = seed.apps().deployments().inNamespace("shop").withName("checkout").get();
        assertThat(d.getSpec().getReplicas()).isEqualTo(5);
        assertThat(d.getSpec().getTemplate().getMetadata().getAnnotations()).containsKey("kubectl.kubernetes.io/restartedAt");
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
