package dev.vigil.views.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.connectors.kubernetes.AuditLog;
import dev.vigil.connectors.kubernetes.ClusterAction;
import dev.vigil.connectors.kubernetes.ConnectionState;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.TestPods;
import dev.vigil.environments.Tier;
import dev.vigil.views.common.FxThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.vigil.views.cluster.ClusterFixture.fxAwait;
import static dev.vigil.views.cluster.ClusterFixture.onFx;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class PodActionsViewModelTest {

    @TempDir
    Path dir;

    private ClusterFixture fx;
    private ClusterViewModel cluster;
    private PodActionsViewModel actions;
    private final List<String> journal = new CopyOnWriteArrayList<>();

    private PodSummary connect(Tier tier, boolean allowed) throws Exception {
        fx = new ClusterFixture(dir);
        fx.cluster.expectAccess(allowed, allowed ? "" : "RBAC: clusterrole view does not allow delete");
        fx.seed.resource(TestPods.deployment("payments", "ledger", 3, 3)).create();
        fx.seed.resource(TestPods.crashLooping("payments", "ledger", "k1", "OOMKilled", 137, 9, Instant.now())).create();
        cluster = onFx(() -> new ClusterViewModel(fx.connections::open, fx.io, FxThread.executor(), fx.timer, Clock.systemUTC()));
        actions = onFx(() -> new PodActionsViewModel(cluster, text -> journal.add(text), new AuditLog(dir.resolve("state/actions.jsonl")),
                "oncall", fx.io, FxThread.executor(), Clock.systemUTC()));
        onFx(() -> {
            cluster.show(ClusterFixture.environment(tier));
            return null;
        });
        fxAwait(() -> cluster.pods().size() == 1 && cluster.statusProperty().get().state() == ConnectionState.CONNECTED);
        PodSummary pod = onFx(() -> cluster.pods().getFirst());
        onFx(() -> {
            actions.target(pod);
            return null;
        });
        return pod;
    }

    @AfterEach
    void stop() {
        if (cluster != null) {
            onFx(() -> {
                cluster.close();
                return null;
            });
        }
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void aForbiddenActionIsDisabledWithTheReviewsReason() throws Exception {
        connect(Tier.INTEGRATION, false);
        fxAwait(() -> !actions.decisionProperty(ClusterAction.DELETE_POD).get().reason().startsWith("Checking"));
        var decision = onFx(() -> actions.decisionProperty(ClusterAction.DELETE_POD).get());
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).contains("You may not delete pods in payments").contains("clusterrole view");
        onFx(() -> {
            actions.request(ClusterAction.DELETE_POD, 0);
            return null;
        });
        assertThat(onFx(() -> actions.pendingProperty().get())).isNull();
    }

    @Test
    void productionNeedsTheResourceNameTypedBeforeTheActionRuns() throws Exception {
        PodSummary pod = connect(Tier.PRODUCTION, true);
        fxAwait(() -> actions.decisionProperty(ClusterAction.DELETE_POD).get().allowed());
        onFx(() -> {
            actions.request(ClusterAction.DELETE_POD, 0);
            return null;
        });
        assertThat(onFx(() -> actions.guarded())).isTrue();
        assertThat(onFx(() -> actions.confirmableProperty().get())).isFalse();
        onFx(() -> {
            actions.typedProperty().set("ledger");
            actions.confirm();
            return null;
        });
        assertThat(onFx(() -> actions.pendingProperty().get())).isNotNull();
        assertThat(fx.seed.pods().inNamespace("payments").withName(pod.name()).get()).isNotNull();

        onFx(() -> {
            actions.typedProperty().set(pod.name());
            return null;
        });
        assertThat(onFx(() -> actions.confirmableProperty().get())).isTrue();
    }

    @Test
    void aConfirmedActionRunsAndIsWrittenToTheAuditLogAndTheIncident() throws Exception {
        PodSummary pod = connect(Tier.PRODUCTION, true);
        fxAwait(() -> actions.decisionProperty(ClusterAction.DELETE_POD).get().allowed());
        onFx(() -> {
            actions.request(ClusterAction.DELETE_POD, 0);
            actions.typedProperty().set(pod.name());
            actions.confirm();
            return null;
        });
        fxAwait(() -> actions.resultProperty().get().contains(": done"));
        assertThat(fx.seed.pods().inNamespace("payments").withName(pod.name()).get()).isNull();

        List<String> lines = Files.readAllLines(dir.resolve("state/actions.jsonl"));
        assertThat(lines).hasSize(1);
        JsonNode entry = new ObjectMapper().readTree(lines.getFirst());
        assertThat(entry.get("who").asText()).isEqualTo("oncall");
        assertThat(entry.get("action").asText()).isEqualTo("delete_pod");
        assertThat(entry.get("target").asText()).isEqualTo("pod/payments/" + pod.name());
        assertThat(entry.get("result").asText()).isEqualTo("done");
        assertThat(entry.get("environment").asText()).isEqualTo("prod");
        assertThat(entry.get("time").asText()).isNotBlank();
        assertThat(journal).singleElement().asString().contains("Delete pod payments/" + pod.name()).contains("done");
    }

    @Test
    void scalingNeedsAnOwningDeploymentAndChangesItsReplicas() throws Exception {
        connect(Tier.INTEGRATION, true);
        fxAwait(() -> actions.decisionProperty(ClusterAction.SCALE_DEPLOYMENT).get().allowed());
        onFx(() -> {
            actions.request(ClusterAction.SCALE_DEPLOYMENT, 6);
            actions.confirm();
            return null;
        });
        fxAwait(() -> actions.resultProperty().get().contains(": done"));
        assertThat(fx.seed.apps().deployments().inNamespace("payments").withName("ledger").get().getSpec().getReplicas()).isEqualTo(6);
    }
}
