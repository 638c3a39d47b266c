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

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

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
        assertThat(onFx(() -> model.pods().stream().map(PodSummary::name).toList())).containsExactly("ledger-7f9c6d5b8-c3");
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
}
