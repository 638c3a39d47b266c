package dev.vigil.app;

import dev.vigil.environments.EnvironmentsFile;
import dev.vigil.environments.VigilDirs;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.store.IncidentQuery;
import dev.vigil.incidents.store.JdbcIncidentStore;
import dev.vigil.incidents.store.StoreLocation;
import dev.vigil.views.shell.UiPreferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A drill as a trainee runs it in the window: pick it, see the strip, declare, end, read the debrief. */
@ExtendWith(ApplicationExtension.class)
class DrillFlowTest {

    private Console console;
    private Path home;

    @Start
    void start(Stage stage) throws IOException {
        home = Files.createTempDirectory("vigil-drill-flow");
        Path file = Files.writeString(home.resolve("environments.yaml"), """
                default: staging
                environments:
                  - name: staging
                    tier: integration
                """);
        console = new Console(file, EnvironmentsFile.load(file), UiPreferences.DEFAULTS, VigilDirs.under(home), Clock.systemUTC());
        stage.setScene(new Scene(console.view(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        // As the application's stop() does: on the FX thread, which the sections' models belong to.
        WaitForAsyncUtils.asyncFx(console::close).get(10, TimeUnit.SECONDS);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aDrillStartsFromThePaletteTagsTheIncidentAndEndsWithADebrief(FxRobot robot) throws Exception {
        robot.interact(() -> console.shell().search("Start drill").getFirst().action().run());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "#drill-picker")).isTrue();
        assertThat(visible(robot, "#drill-option-payments-latency")).isTrue();
        // Off the demo, a drill cannot start: the picker says so and offers the switch.
        assertThat(robot.lookup("#drill-start").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#drill-message").queryAs(Labeled.class).getText()).contains("demo environment");
        robot.clickOn("#drill-switch-demo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.shell().environments().active().demo()).isTrue();
        assertThat(robot.lookup("#drill-start").queryButton().isDisabled()).isFalse();
        assertThat(visible(robot, "#drill-message")).isFalse();

        robot.clickOn("#drill-option-checkout-oom");
        robot.clickOn("#drill-speed-5");
        robot.clickOn("#drill-start");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(visible(robot, "#drill-picker")).isFalse();
        assertThat(visible(robot, "#drill-strip")).isTrue();
        assertThat(robot.lookup("#drill-title").queryAs(Labeled.class).getText()).isEqualTo("Checkout keeps restarting");

        robot.interact(() -> console.shell().search("Declare incident").getFirst().action().run());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "#declare-drill")).as("the form says it is a drill").isTrue();
        robot.clickOn("#declare-title").write("Checkout restarts");
        robot.clickOn("#declare-submit");
        StoreLocation location = StoreLocation.sqliteFile(home.resolve("data/incidents.db"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try (var store = JdbcIncidentStore.open(location)) {
                return !store.list(IncidentQuery.ALL).isEmpty();
            }
        });
        try (var store = JdbcIncidentStore.open(location)) {
            Incident declared = store.list(IncidentQuery.ALL).getFirst();
            assertThat(declared.tags()).containsExactlyInAnyOrder(Incident.DRILL_TAG, "drill:checkout-oom");
        }

        robot.clickOn("#drill-end");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible(robot, "#drill-debrief"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "#drill-strip")).isFalse();
        assertThat(robot.lookup("#debrief-cause").queryAs(Labeled.class).getText()).isEqualTo("not done");
        assertThat(robot.lookup("#debrief-open-incident").tryQuery()).isPresent();

        robot.clickOn("#debrief-open-incident");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "#drill-debrief")).isFalse();
        assertThat(console.incidents().workspaceShownProperty().get()).isTrue();
    }

    @Test
    void theDrillsPageIsAcknowledgedDeclaredAsADrillAndResolvingItEndsTheDrill(FxRobot robot) throws Exception {
        robot.interact(() -> console.startDrill(dev.vigil.connectors.demo.DrillScenarios.PAYMENTS_LATENCY, 100));
        robot.clickOn("#nav-alerts");
        var alerts = console.alerts();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> alerts.allAlerts().stream()
                .anyMatch(r -> "payments-latency".equals(r.alert().labels().get("drill")))));
        String page = onFx(() -> alerts.allAlerts().stream().filter(r -> "payments-latency".equals(r.alert().labels().get("drill")))
                .findFirst().orElseThrow().id());
        robot.interact(() -> {
            alerts.selectedIdProperty().set(page);
            robot.lookup("#alerts-table").query().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(javafx.scene.input.KeyCode.A);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> alerts.selectedProperty().get() != null
                && alerts.selectedProperty().get().status() == dev.vigil.connectors.alerting.AlertStatus.ACKNOWLEDGED);

        robot.clickOn("#alert-declare");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> console.incidents().declaringProperty().get());
        assertThat(visible(robot, "#declare-drill")).as("a drill's page declares a drill").isTrue();
        robot.clickOn("#declare-submit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> console.incidents().workspaceShownProperty().get());
        StoreLocation location = StoreLocation.sqliteFile(home.resolve("data/incidents.db"));
        String id;
        try (var store = JdbcIncidentStore.open(location)) {
            Incident declared = store.list(IncidentQuery.ALL).getFirst();
            assertThat(declared.tags()).containsExactlyInAnyOrder(Incident.DRILL_TAG, "drill:payments-latency");
            assertThat(declared.evidence()).extracting(e -> e.kind().key()).containsExactly("alert");
            id = declared.id();
            store.append(id, dev.vigil.incidents.store.NewEvent.of(dev.vigil.incidents.EventKind.RESOLVED, java.time.Instant.now()));
        }

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visible(robot, "#drill-debrief"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.drills().runningProperty().get()).isNull();
        assertThat(robot.lookup("#debrief-ack").queryAs(Labeled.class).getText()).as("acknowledged in Alerts").isNotEqualTo("not done");
        assertThat(robot.lookup("#debrief-resolve").queryAs(Labeled.class).getText()).isNotEqualTo("not done");
        assertThat(robot.lookup("#debrief-cause").queryAs(Labeled.class).getText()).as("only the page was pinned").isEqualTo("not done");
    }

    @Test
    void pinningWhatChangedFromTheClusterCountsAsFindingARolloutsCause(FxRobot robot) throws Exception {
        robot.interact(() -> console.startDrill(dev.vigil.connectors.demo.DrillScenarios.PAYMENTS_LATENCY, 100));
        robot.interact(() -> console.shell().search("Declare incident").getFirst().action().run());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#declare-title").write("Payments slow");
        robot.clickOn("#declare-submit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> console.incidents().workspaceShownProperty().get());

        robot.clickOn("#nav-cluster");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tab-workloads .tab-label").tryQuery().isPresent());
        robot.clickOn("#tab-workloads .tab-label");
        // The drill rolled payments out before the section connected: the feed has it from the revision history.
        javafx.scene.control.ListView<?> feed = robot.lookup("#changes-feed").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> feed.getItems().stream()
                .anyMatch(c -> c.toString().contains("payments:4.18.0"))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#pin-changes").queryButton().isDisabled());
        robot.clickOn("#pin-changes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() ->
                robot.lookup("#pin-changes-message").queryAs(Labeled.class).getText()).startsWith("Pinned to"));

        var image = onFx(() -> feed.getScene().snapshot(null));
        java.nio.file.Files.createDirectories(Path.of("target"));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                Path.of("target/drill-flow-changes.png").toFile());

        StoreLocation location = StoreLocation.sqliteFile(home.resolve("data/incidents.db"));
        try (var store = JdbcIncidentStore.open(location)) {
            Incident declared = store.list(IncidentQuery.ALL).getFirst();
            assertThat(declared.evidence()).singleElement().satisfies(e -> {
                assertThat(e.kind().key()).isEqualTo("changes");
                assertThat(e.title()).startsWith("What changed on demo: ").contains("rollout");
                assertThat(e.summary()).contains("payments/Deployment/payments").contains("registry.demo/payments:4.18.0");
            });
        }
        robot.clickOn("#drill-end");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible(robot, "#drill-debrief"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#debrief-cause").queryAs(Labeled.class).getText()).as("the rollout was pinned").isNotEqualTo("not done");
    }
}
