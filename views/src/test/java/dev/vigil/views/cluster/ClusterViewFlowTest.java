package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.AuditLog;
import dev.vigil.connectors.kubernetes.ConnectionState;
import dev.vigil.connectors.kubernetes.DemoClusterSeed;
import dev.vigil.connectors.kubernetes.MockClusterLauncher;
import dev.vigil.environments.Tier;
import dev.vigil.views.common.EvidenceDraft;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.InMemoryPinboard;
import dev.vigil.views.common.Pinboard;
import dev.vigil.views.shell.ShellView;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static dev.vigil.views.cluster.ClusterFixture.fxAwait;
import static org.assertj.core.api.Assertions.assertThat;

/** What an on-call engineer does first: filter to the sick pod, open it, read its logs, pin it. */
@ExtendWith(ApplicationExtension.class)
class ClusterViewFlowTest {

    private static final String SICK = "payments-api-7f9c6d5b8-x2k9q";

    private ClusterFixture fx;
    private ClusterViewModel cluster;
    private Stage stage;
    private final InMemoryPinboard pinboard = new InMemoryPinboard();

    {
        pinboard.active.set(new Pinboard.ActiveIncident("INC-7", "Payments 5xx"));
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory("vigil-cluster-flow");
        fx = new ClusterFixture(dir);
        DemoClusterSeed.seed(fx.seed, Instant.now());
        String log = MockClusterLauncher.sampleLog("payments-api", SICK);
        fx.cluster.expectLogs("payments", SICK, "payments-api", log);
        fx.cluster.expectAccess(true, "");
        cluster = new ClusterViewModel(fx.connections::open, fx.io, FxThread.executor(), fx.timer, Clock.systemUTC());
        PodDetailsViewModel details = new PodDetailsViewModel(cluster, pinboard, fx.io, FxThread.executor());
        PodLogsViewModel logs = new PodLogsViewModel(cluster, fx.io, FxThread.executor(), fx.timer);
        PodActionsViewModel actions = new PodActionsViewModel(cluster, text -> true, new AuditLog(dir.resolve("actions.jsonl")),
                "oncall", fx.io, FxThread.executor(), Clock.systemUTC());
        PodInspectorViewModel inspector = new PodInspectorViewModel(cluster, details, logs, actions);
        ClusterView view = new ClusterView(cluster, inspector, new RevisionHistoryViewModel(cluster, fx.io, FxThread.executor()),
                Clock.systemUTC());
        for (String sheet : ShellView.STYLESHEETS) {
            view.getStylesheets().add(Objects.requireNonNull(ShellView.class.getResource(sheet)).toExternalForm());
        }
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        stage.setScene(new Scene(view, 1000, 720));
        stage.show();
        cluster.show(ClusterFixture.environment(Tier.PRODUCTION));
    }

    @AfterEach
    void stop() {
        ClusterFixture.onFx(() -> {
            cluster.close();
            return null;
        });
        fx.close();
    }

    @Test
    void filterThenOpenDetailsThenLogsThenPin(FxRobot robot) throws Exception {
        fxAwait(() -> cluster.statusProperty().get().state() == ConnectionState.CONNECTED && cluster.allPods().size() > 100);
        robot.clickOn("#pods-table");
        robot.write("/");
        assertThat(robot.lookup("#pod-filter").query().isFocused()).isTrue();
        robot.write("payments-api status:!Running");
        fxAwait(() -> cluster.pods().size() == 1);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText()).isEqualTo(SICK);
        fxAwait(() -> robot.lookup("#pod-details").query().isVisible());

        robot.clickOn("#pods-table");
        robot.write("l");
        ListView<?> lines = robot.lookup("#log-lines").queryAs(ListView.class);
        fxAwait(() -> lines.getItems().size() == 60);
        robot.clickOn("#log-search").write("timed out");
        fxAwait(() -> robot.lookup("#log-lines").queryAs(ListView.class).isVisible()
                && ((Label) robot.lookup(".log-options .muted").query()).getText().equals("3 matches"));
        snapshot(Path.of("target/cluster-flow-logs.png"));

        robot.clickOn("#tab-overview .tab-label");
        robot.clickOn("#pin-pod");
        fxAwait(() -> pinboard.pinned.size() == 1);
        EvidenceDraft pinned = pinboard.pinned.getFirst();
        assertThat(pinned.kind()).isEqualTo("pod");
        assertThat(pinned.title()).contains(SICK).contains("CrashLoopBackOff");
        assertThat(pinned.attachments().get("logs.txt").lines().count()).isEqualTo(60);
        assertThat(pinned.attachments().get("events.txt")).contains("OOMKilling");
        snapshot(Path.of("target/cluster-flow-details.png"));

        robot.clickOn("#pods-table");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pod-details").tryQuery()).satisfiesAnyOf(
                n -> assertThat(n).isEmpty(), n -> assertThat(n.get().getScene()).isNull());
    }

    private void snapshot(Path out) throws Exception {
        var image = ClusterFixture.onFx(() -> stage.getScene().snapshot(null));
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}
