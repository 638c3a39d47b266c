package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.ConnectionState;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.TestPods;
import dev.vigil.environments.Environment;
import dev.vigil.environments.Tier;
import dev.vigil.views.common.FxThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static dev.vigil.views.cluster.ClusterFixture.fxAwait;
import static dev.vigil.views.cluster.ClusterFixture.onFx;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ClusterViewModelTest {

    @TempDir
    Path dir;

    private ClusterFixture fx;
    private ClusterViewModel model;

    @BeforeEach
    void start() throws Exception {
        fx = new ClusterFixture(dir);
        model = onFx(() -> new ClusterViewModel(fx.connections::open, fx.io, FxThread.executor(), fx.timer, Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        onFx(() -> {
            model.close();
            return null;
        });
        fx.close();
    }

    private PodSummary row(String name) {
        return model.pods().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void informerAddUpdateAndDeleteReachTheTableRows() {
        Instant created = Instant.now().minusSeconds(3600);
        fx.seed.resource(TestPods.running("shop", "checkout", "a1", 0, created)).create();
        fx.seed.resource(TestPods.running("payments", "ledger", "b2", 0, created)).create();
        onFx(() -> {
            model.show(ClusterFixture.environment(Tier.INTEGRATION));
            return null;
        });
        fxAwait(() -> model.pods().size() == 2 && model.statusProperty().get().state() == ConnectionState.CONNECTED);
        assertThat(onFx(() -> model.countsProperty().get().running())).isEqualTo(2);

        fx.seed.resource(TestPods.crashLooping("shop", "checkout", "a1", "OOMKilled", 137, 5, created)).update();
        fxAwait(() -> row("checkout-7f9c6d5b8-a1") != null && row("checkout-7f9c6d5b8-a1").restarts() == 5);
        assertThat(onFx(() -> model.countsProperty().get().failing())).isEqualTo(1);
        assertThat(onFx(() -> row("checkout-7f9c6d5b8-a1").statusText())).isEqualTo("CrashLoopBackOff · OOMKilled");

        fx.seed.pods().inNamespace("payments").withName("ledger-7f9c6d5b8-b2").delete();
        fxAwait(() -> model.pods().size() == 1);
        assertThat(onFx(() -> model.countsProperty().get().total())).isEqualTo(1);
    }

    @Test
    void theFilterAppliesToLiveRowsAndToPodsArrivingLater() {
        fx.seed.resource(TestPods.running("shop", "checkout", "a1", 0, Instant.now())).create();
        onFx(() -> {
            model.show(ClusterFixture.environment(Tier.INTEGRATION));
            model.filterTextProperty().set("ns:payments status:!Running");
            return null;
        });
        fxAwait(() -> model.allPods().size() == 1);
        assertThat(onFx(() -> model.pods().size())).isZero();

        fx.seed.resource(TestPods.crashLooping("payments", "ledger", "c3", "Error", 1, 2, Instant.now())).create();
        fx.seed.resource(TestPods.running("payments", "ledger", "c4", 0, Instant.now())).create();
        fxAwait(() -> model.allPods().size() == 3);
        // Rows move at most once a second while pods keep changing: the new row is in within that.
        fxAwait(() -> model.pods().stream().map(PodSummary::name).toList().equals(List.of("ledger-7f9c6d5b8-c3")));
    }

    @Test
    void aServerRestartShowsReconnectingAndTheTableCatchesUp() {
        onFx(() -> {
            model.show(ClusterFixture.environment(Tier.INTEGRATION));
            return null;
        });
        fxAwait(() -> model.statusProperty().get().state() == ConnectionState.CONNECTED);
        fx.cluster.stop();
        fxAwait(() -> model.statusProperty().get().state() == ConnectionState.RECONNECTING);
        fx.cluster.restart();
        try (var after = fx.cluster.client()) {
            after.resource(TestPods.running("shop", "cart", "r1", 0, Instant.now())).create();
        }
        fxAwait(() -> model.statusProperty().get().state() == ConnectionState.CONNECTED && model.pods().size() == 1);
    }

    @Test
    void anEnvironmentWithoutAContextSaysSoInsteadOfConnecting() {
        Environment none = new Environment("qa", Tier.QA, false, null, null, null, null, java.util.List.of());
        onFx(() -> {
            model.show(none);
            return null;
        });
        assertThat(onFx(() -> model.statusProperty().get().state())).isEqualTo(ConnectionState.MISCONFIGURED);
        assertThat(onFx(() -> model.statusProperty().get().message())).contains("has no kubeContext");
    }

    /** A metrics source double: answers with fixed figures and counts the questions. */
    static final class FixedUsage implements dev.vigil.connectors.kubernetes.PodUsageSource {
        final java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.Map<String, dev.vigil.connectors.kubernetes.PodUsage> figures;

        FixedUsage(java.util.Map<String, dev.vigil.connectors.kubernetes.PodUsage> figures) {
            this.figures = figures;
        }

        @Override
        public java.util.concurrent.CompletableFuture<java.util.Map<String, dev.vigil.connectors.kubernetes.PodUsage>> usage(
                java.util.Set<String> namespaces) {
            asked.incrementAndGet();
            return java.util.concurrent.CompletableFuture.completedFuture(figures);
        }

        @Override
        public String describe() {
            return "fixed figures";
        }
    }

    @Test
    void cpuAndMemoryAreAskedForOnlyWhileTheSectionIsOnScreenAndCanSortTheRows() {
        Instant created = Instant.now().minusSeconds(3600);
        fx.seed.resource(TestPods.running("shop", "checkout", "a1", 0, created)).create();
        fx.seed.resource(TestPods.running("shop", "checkout", "b2", 0, created)).create();
        FixedUsage usage = new FixedUsage(java.util.Map.of(
                "shop/checkout-7f9c6d5b8-a1", new dev.vigil.connectors.kubernetes.PodUsage(0.1, 200e6),
                "shop/checkout-7f9c6d5b8-b2", new dev.vigil.connectors.kubernetes.PodUsage(0.9, 100e6)));
        ClusterViewModel withUsage = onFx(() -> {
            ClusterViewModel m = new ClusterViewModel(fx.connections::open, env -> java.util.Optional.of(usage), fx.io,
                    FxThread.executor(), fx.timer, Clock.systemUTC());
            m.onScreenProperty().set(false);
            m.show(ClusterFixture.environment(Tier.INTEGRATION));
            return m;
        });
        try {
            fxAwait(() -> withUsage.pods().size() == 2 && withUsage.usageAvailableProperty().get());
            WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
            assertThat(usage.asked).as("nothing asked while off screen").hasValue(0);

            onFx(() -> {
                withUsage.onScreenProperty().set(true);
                withUsage.sortBy(java.util.List.of(new PodColumn.SortKey(PodColumn.CPU, false)));
                return null;
            });
            fxAwait(() -> withUsage.usageProperty().get().size() == 2);
            assertThat(usage.asked).hasValue(1);
            assertThat(onFx(() -> withUsage.pods().stream().map(PodSummary::name).toList()))
                    .containsExactly("checkout-7f9c6d5b8-b2", "checkout-7f9c6d5b8-a1");
            onFx(() -> {
                withUsage.sortBy(java.util.List.of(new PodColumn.SortKey(PodColumn.MEMORY, false)));
                return null;
            });
            assertThat(onFx(() -> withUsage.pods().getFirst().name())).isEqualTo("checkout-7f9c6d5b8-a1");
        } finally {
            onFx(() -> {
                withUsage.close();
                return null;
            });
        }
    }

    @Test
    void nodesThatNeedAttentionAreCountedAndPodsPerNodeFollowThePods() {
        fx.seed.resource(TestPods.node("node-1", true, null)).create();
        fx.seed.resource(TestPods.node("node-2", false, null)).create();
        fx.seed.resource(TestPods.running("shop", "checkout", "a1", 0, Instant.now())).create();
        String node = fx.seed.pods().inNamespace("shop").withName("checkout-7f9c6d5b8-a1").get().getSpec().getNodeName();
        onFx(() -> {
            model.show(ClusterFixture.environment(Tier.INTEGRATION));
            return null;
        });
        fxAwait(() -> model.nodes().nodes().size() == 2 && model.pods().size() == 1);
        assertThat(onFx(() -> model.nodes().unhealthyProperty().get())).isEqualTo(1);
        assertThat(onFx(() -> model.nodes().pods(node))).isEqualTo(1);
        fx.seed.resource(TestPods.node("node-2", true, null)).update();
        fxAwait(() -> model.nodes().unhealthyProperty().get() == 0);
    }
}
