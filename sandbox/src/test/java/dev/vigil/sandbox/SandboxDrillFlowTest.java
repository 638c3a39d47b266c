package dev.vigil.sandbox;

import dev.vigil.app.Console;
import dev.vigil.connectors.demo.DrillScenarios;
import dev.vigil.connectors.kubernetes.Kubeconfig;
import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.environments.EnvironmentsFile;
import dev.vigil.environments.VigilDirs;
import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.IncidentStatus;
import dev.vigil.incidents.store.IncidentQuery;
import dev.vigil.incidents.store.JdbcIncidentStore;
import dev.vigil.incidents.store.StoreLocation;
import dev.vigil.views.shell.UiPreferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end drill on the sandbox, with the console's real connectors and a person's clicks: a
 * drill pages through Alertmanager → the on-call declares an incident from the page → finds the failing
 * pod in the cluster and pins it → follows its trace id in OpenSearch's logs and pins the query →
 * resolves → Reports count the drill incident once drills are included.
 */
@ExtendWith({SharedSandbox.class, ApplicationExtension.class})
class SandboxDrillFlowTest {

    private static Sandbox sandbox;
    private Console console;
    private Path home;

    @BeforeAll
    static void sandbox(SharedSandbox.Running running) {
        sandbox = running.sandbox();
    }

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("vigil-sandbox-flow");
        Path file = sandbox.environmentsFile();
        console = new Console(file, EnvironmentsFile.load(file), UiPreferences.DEFAULTS, VigilDirs.under(home), Clock.systemUTC(),
                () -> Kubeconfig.load(List.of(sandbox.kubeconfig())));
        stage.setScene(new Scene(console.view(), 1400, 900));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        sandbox.fleet().drills().end(Clock.systemUTC().instant());
        // On the FX thread, as the application's stop() closes it: the sections' models belong to it.
        WaitForAsyncUtils.asyncFx(console::close).get(10, TimeUnit.SECONDS);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    private static void await(int seconds, String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not within " + seconds + " s: " + what, e);
        }
    }

    private Incident theIncident() {
        try (var store = JdbcIncidentStore.open(StoreLocation.sqliteFile(home.resolve("data/incidents.db")))) {
            return store.list(IncidentQuery.ALL).getFirst();
        }
    }

    @Test
    void aDrillIsRunFromItsPageToReportsOnTheRealServers(FxRobot robot) throws Exception {
        assertThat(console.shell().environments().active().name()).isEqualTo("sandbox");
        sandbox.fleet().drills().start(DrillScenarios.CHECKOUT_OOM, Clock.systemUTC().instant(), 10);

        // 1. The page arrives through Alertmanager; declare an incident from it.
        robot.clickOn("#nav-alerts");
        var alerts = console.alerts();
        await(60, "the drill's page in Alerts", () -> alerts.allAlerts().stream()
                .anyMatch(r -> "checkout-oom".equals(r.alert().labels().get("drill"))));
        String page = onFx(() -> alerts.allAlerts().stream().filter(r -> "checkout-oom".equals(r.alert().labels().get("drill")))
                .findFirst().orElseThrow().id());
        robot.interact(() -> alerts.selectedIdProperty().set(page));
        await(5, "the page selected", () -> alerts.selectedProperty().get() != null);
        robot.clickOn("#alert-declare");
        await(5, "the declare form", () -> console.incidents().declaringProperty().get());
        assertThat(robot.lookup("#declare-drill").query().isVisible()).as("the page says it is a drill").isTrue();
        robot.clickOn("#declare-submit");
        await(10, "the incident's workspace", () -> console.incidents().workspaceShownProperty().get());
        assertThat(theIncident().tags()).contains(Incident.DRILL_TAG, "drill:checkout-oom");

        // 2. Find the failing pod in the cluster and pin it.
        robot.clickOn("#nav-cluster");
        robot.clickOn("#pod-filter").write("status:!Running ns:shop");
        @SuppressWarnings("unchecked")
        TableView<PodSummary> pods = robot.lookup("#pods-table").queryAs(TableView.class);
        await(60, "a crash-looping checkout pod", () -> pods.getItems().stream()
                .anyMatch(p -> p.ownerName().equals("checkout") && p.health() == PodHealth.FAILING));
        robot.interact(() -> {
            PodSummary sick = pods.getItems().stream().filter(p -> p.ownerName().equals("checkout") && p.health() == PodHealth.FAILING)
                    .findFirst().orElseThrow();
            pods.getSelectionModel().select(sick);
            pods.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        await(10, "the pod's details with Pin", () -> robot.lookup("#pin-pod").tryQuery().map(Node::isVisible).orElse(false)
                && !robot.lookup("#pin-pod").queryButton().isDisabled());
        robot.clickOn("#pin-pod");
        await(10, "the pod pinned", () -> theIncident().evidence().stream().anyMatch(e -> e.kind().key().equals("pod")));

        // 3. Follow a failed request's trace id in the logs, and pin the query.
        robot.clickOn("#nav-logs");
        robot.clickOn("#log-query").write("\"heap space\" AND service:checkout").type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        TableView<Object> lines = robot.lookup("#log-table").queryAs(TableView.class);
        var logs = console.logsModel();
        // The shipper sends lines a few seconds after they are written: search again, as a person would.
        for (int tries = 0; tries < 15; tries++) {
            await(30, "the search answered", () -> !logs.searchingProperty().get());
            if (onFx(() -> !lines.getItems().isEmpty())) {
                break;
            }
            Thread.sleep(3000);
            robot.clickOn("#log-query").type(KeyCode.ENTER);
        }
        await(5, "the OOM lines in OpenSearch", () -> !lines.getItems().isEmpty());
        robot.interact(() -> lines.getSelectionModel().select(0));
        await(10, "the line's details", () -> robot.lookup("#follow-trace").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#follow-trace");
        await(15, "the request's story", () -> robot.lookup("#trace-view").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#trace-lines").queryListView().getItems().size() > 2);
        String path = robot.lookup(".trace-path").queryLabeled().getText();
        assertThat(path).startsWith("gateway").contains("checkout");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#log-pin");
        await(10, "the log query pinned", () -> theIncident().evidence().stream().anyMatch(e -> e.kind().key().equals("log_query")));

        // 4. Resolve it.
        robot.clickOn("#nav-incidents");
        await(5, "the workspace", () -> robot.lookup("#move-resolve").tryQuery().isPresent());
        robot.clickOn("#move-resolve");
        await(10, "resolved", () -> theIncident().status() == IncidentStatus.RESOLVED);

        // 5. Reports leave the drill out, and count it once drills are in.
        robot.clickOn("#nav-reports");
        await(10, "the report", () -> robot.lookup("#kpi-incidents").tryQuery().isPresent());
        await(10, "drills left out", () -> robot.lookup("#kpi-incidents").queryLabeled().getText().equals("0"));
        robot.clickOn("#report-drills");
        await(10, "the drill counted", () -> robot.lookup("#kpi-incidents").queryLabeled().getText().equals("1"));
        try (var store = JdbcIncidentStore.open(StoreLocation.sqliteFile(home.resolve("data/incidents.db")))) {
            assertThat(store.timeline(theIncident().id())).extracting(e -> e.kind())
                    .contains(EventKind.DETECTED, EventKind.LINK, EventKind.RESOLVED);
        }
    }
}
