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

    @Test
    void everyPodOfTheFirstListArrivesBeforeTheListIsDeclaredComplete() throws Exception {
        for (int i = 0; i < 150; i++) {
            seed.resource(TestPods.running("shop", "cart", "p" + i, 0, Instant.now())).create();
        }
        // A connection opened on the full cluster, so its first list holds all 150.
        source.close();
        source = KubeClusterSource.open("mock", reconnectingConfig(), timer, Clock.systemUTC());
        source.watch(listener);
        assertThat(latest.podsWhenListed.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(150);
    }

    @Test
    void aListLongerThanAPageArrivesWholeOverSeveralPagesAndTheWatchFollowsIt() throws Exception {
        ApiServerCrudDispatcher paging = new ApiServerCrudDispatcher();
        var server = new io.fabric8.kubernetes.client.server.mock.KubernetesMockServer(new io.fabric8.mockwebserver.Context(),
                new io.fabric8.mockwebserver.MockWebServer(), new java.util.HashMap<>(), paging, false);
        server.init(java.net.InetAddress.getLoopbackAddress(), 0);
        try (var client = server.createClient()) {
            for (int i = 0; i < 45; i++) {
                client.resource(TestPods.running(i % 2 == 0 ? "shop" : "pay", "cart", "p" + i, 0, Instant.now())).create();
            }
            var config = new io.fabric8.kubernetes.client.ConfigBuilder(client.getConfiguration()).build();
            config.setWatchReconnectInterval(100);
            LatestClusterState paged = new LatestClusterState();
            try (KubeClusterSource pagedSource = KubeClusterSource.open("paged", config, timer, Clock.systemUTC(), 10)) {
                pagedSource.watch(paged);
                assertThat(paged.podsWhenListed.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(45);
                assertThat(paging.pagesServed()).as("pods in pages of 10").isGreaterThanOrEqualTo(5);
                assertThat(paged.pods).containsKeys("shop/cart-7f9c6d5b8-p0", "pay/cart-7f9c6d5b8-p1", "pay/cart-7f9c6d5b8-p43",
                        "shop/cart-7f9c6d5b8-p44");
                await(() -> pagedSource.status().state() == ConnectionState.CONNECTED);

                client.resource(TestPods.running("shop", "cart", "p45", 0, Instant.now())).create();
                await(() -> paged.pods.containsKey("shop/cart-7f9c6d5b8-p45"));
                assertThat(paged.pods).hasSize(46);
            }
        } finally {
            server.destroy();
        }
    }

    @Test
    void nodesArriveWithTheirReadinessAndPressure() {
        seed.resource(TestPods.node("node-1", true, null)).create();
        seed.resource(TestPods.node("node-2", false, null)).create();
        seed.resource(TestPods.node("node-3", true, "MemoryPressure")).create();
        Map<String, NodeSummary> nodes = latest.nodes;
        source.watch(listener);
        await(() -> nodes.size() == 3);
        assertThat(nodes.get("node-1").healthy()).isTrue();
        assertThat(nodes.get("node-1").roles()).isEqualTo("worker");
        assertThat(nodes.get("node-2").status()).isEqualTo("Unknown");
        assertThat(nodes.get("node-2").problem()).isEqualTo("Unknown");
        assertThat(nodes.get("node-2").message()).isEqualTo("Kubelet stopped posting node status.");
        assertThat(nodes.get("node-3").problem()).isEqualTo("MemoryPressure");

        seed.nodes().withName("node-2").edit(n -> TestPods.node("node-2", true, null));
        await(() -> nodes.get("node-2").ready());
    }

    @Test
    void podDetailsComeFromTheServerWithTheOwnerChainFromTheReplicaSets() {
        Instant created = Instant.now().minusSeconds(600);
        seed.resource(TestPods.crashLooping("shop", "checkout", "a1", "OOMKilled", 137, 4, created)).create();
        seed.resource(new io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder().withNewMetadata().withNamespace("shop")
                .withName("checkout-7f9c6d5b8").addToAnnotations("deployment.kubernetes.io/revision", "3")
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName("checkout").withUid("d1")
                .withController(true).endOwnerReference().endMetadata()
                .withNewSpec().withReplicas(2).withNewTemplate().withNewSpec().addNewContainer().withName("checkout")
                .withImage(TestPods.image("checkout")).endContainer().endSpec().endTemplate().endSpec().build()).create();
        source.watch(listener);
        await(() -> source.history("shop", "checkout").size() == 1);

        PodDetails d = source.podDetails("shop", "checkout-7f9c6d5b8-a1");
        assertThat(d.ownerChain()).containsExactly("ReplicaSet/checkout-7f9c6d5b8", "Deployment/checkout");
        assertThat(d.containers()).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo("waiting: CrashLoopBackOff");
            assertThat(c.lastTermination()).startsWith("OOMKilled (exit 137)");
        });
        assertThat(d.yaml()).contains("kind: \"Pod\"").contains("checkout-7f9c6d5b8-a1").doesNotContain("managedFields");
        RevisionSummary rev = source.history("shop", "checkout").getFirst();
        assertThat(rev.revision()).isEqualTo(3);
        assertThat(rev.images()).containsExactly(TestPods.image("checkout"));

        seed.pods().inNamespace("shop").withName("checkout-7f9c6d5b8-a1").delete();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.podDetails("shop", "checkout-7f9c6d5b8-a1"))
                .isInstanceOf(ClusterException.class).hasMessageContaining("no longer exists");
    }

    @Test
    void aUserWhoMayNotListNodesStillGetsALiveCluster() {
        cluster.server().expect().get().withPath("/api/v1/nodes?limit=" + KubeClusterSource.LIST_PAGE)
                .andReturn(403, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                        + "\"message\":\"nodes is forbidden\",\"reason\":\"Forbidden\",\"code\":403}").always();
        source.close();
        source = KubeClusterSource.open("mock", reconnectingConfig(), timer, Clock.systemUTC());
        source.watch(listener);
        await(() -> source.status().state() == ConnectionState.CONNECTED);
        assertThat(source.status().message()).doesNotContain("nodes");
    }

    private io.fabric8.kubernetes.client.Config reconnectingConfig() {
        try {
            var config = Kubeconfig.load(List.of(dir.resolve("config"))).clientConfig("mock");
            config.setWatchReconnectInterval(100);
            return config;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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
