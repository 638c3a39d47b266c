package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.connectors.alerting.AlertStatus;
import dev.vigil.connectors.demo.DemoAlertSource;
import dev.vigil.environments.Environment;
import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.environments.ReliabilitySettings;
import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.EvidenceKind;
import dev.vigil.incidents.TimelineEvent;
import dev.vigil.incidents.store.IncidentQuery;
import dev.vigil.incidents.store.IncidentStore;
import dev.vigil.incidents.store.JdbcIncidentStore;
import dev.vigil.incidents.store.StoreLocation;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.FxWait;
import dev.vigil.views.common.StoreConnection;
import dev.vigil.views.incidents.IncidentsView;
import dev.vigil.views.incidents.IncidentsViewModel;
import dev.vigil.views.incidents.WorkspaceContext;
import dev.vigil.views.incidents.WorkspacePinboard;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The on-call engineer's path, clicked through: an alert appears, is acknowledged with {@code a}, and
 * an incident is declared from it; the incident is detected when the alert was created, from source
 * alert, with the alert as evidence, in a real SQLite store.
 */
@ExtendWith(ApplicationExtension.class)
class AlertsFlowTest {

    private final AlertsFixture fixture = new AlertsFixture();
    private final BorderPane root = new BorderPane();
    private StoreConnection connection;
    private StoreLocation location;
    private AlertsViewModel alerts;
    private IncidentsViewModel incidents;
    private IncidentsView incidentsView;
    private AlertsView alertsView;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("vigil-alerts-flow");
        location = StoreLocation.sqliteFile(dir.resolve("incidents.db"));
        connection = new StoreConnection(() -> JdbcIncidentStore.open(location), location.toString(), fixture.io, fixture.timer,
                FxThread.executor());
        EnvironmentsConfig config = new EnvironmentsConfig(List.of(Environment.builtInDemo()), "demo", null,
                ReliabilitySettings.DEFAULTS, Map.of());
        WorkspacePinboard pinboard = new WorkspacePinboard(connection, "ana");
        incidents = new IncidentsViewModel(connection, new WorkspaceContext("ana", fixture.clock, () -> config, () -> "demo",
                dir.resolve("postmortems"), e -> { }), pinboard);
        incidentsView = new IncidentsView(incidents, fixture.clock, () -> List.of("demo"));
        alerts = new AlertsViewModel(fixture.environment, fixture.opener(), FxThread.executor(), fixture.timer, fixture.clock, h -> { });
        AlertDetailViewModel detail = new AlertDetailViewModel(alerts, fixture.io, FxThread.executor());
        AlertActionsViewModel actions = new AlertActionsViewModel(alerts, detail, pinboard, pinboard, seed -> {
            root.setCenter(incidentsView);
            incidents.startDeclareFrom(seed);
        }, "ana", fixture.io, FxThread.executor());
        alertsView = new AlertsView(alerts, detail, actions, link -> { });
        root.setCenter(alertsView);
        connection.connect();
        stage.setScene(new Scene(root, 1280, 820));
        stage.show();
    }

    @BeforeEach
    void awaitStore() {
        FxWait.until(10, "store open", () -> connection.storeProperty().get() != null && alerts.loadedProperty().get());
    }

    @AfterEach
    void stop() {
        FxWait.run(alerts::close);
        connection.close();
        fixture.close();
    }

    @Test
    void anAlertIsAcknowledgedAndAnIncidentDeclaredFromItCarriesItsDetectionAndEvidence(FxRobot robot) throws Exception {
        String id = fixture.demo.raise(new DemoAlertSource.InjectedAlert("payments-5xx", "Payments API 5xx above 5%",
                "payments", AlertPriority.P1, "Card charges fail for one customer in twenty", Map.of("team", "payments")));
        FxWait.until(5, "alert appears first", () -> !alerts.alerts().isEmpty() && alerts.alerts().getFirst().id().equals(id));
        Instant created = FxWait.onFx(() -> alerts.alerts().getFirst().alert().createdAt());

        TableView<?> table = robot.lookup("#alerts-table").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        FxWait.until(5, "detail shown", () -> robot.lookup("#alert-detail-title").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("Payments API 5xx above 5%")).orElse(false));
        robot.type(javafx.scene.input.KeyCode.A);
        FxWait.until(5, "acknowledged", () -> alerts.selectedProperty().get().status() == AlertStatus.ACKNOWLEDGED);
        FxWait.until(5, "result shown", () -> robot.lookup("#alert-action-result").queryAs(Label.class).getText()
                .contains("Acknowledged by ana"));
        assertThat(robot.lookup("#col-status").queryAll()).isNotEmpty();

        robot.clickOn("#alert-declare");
        FxWait.until(5, "declare form open", () -> incidents.declaringProperty().get());
        assertThat(incidents.declareForm().title.get()).isEqualTo("Payments API 5xx above 5%");
        assertThat(incidents.declareForm().service.get()).isEqualTo("payments");
        assertThat(incidents.declareForm().severity.get()).isEqualTo(dev.vigil.incidents.Severity.SEV1);
        assertThat(robot.lookup("#declare-origin").queryAs(Label.class).getText()).contains("Alert P1 from drill");
        robot.clickOn("#declare-submit");
        FxWait.until(10, "incident open", () -> incidents.workspaceShownProperty().get() && !incidents.declaringProperty().get());

        try (IncidentStore store = JdbcIncidentStore.open(location)) {
            var incident = store.list(IncidentQuery.ALL).getFirst();
            assertThat(incident.title()).isEqualTo("Payments API 5xx above 5%");
            TimelineEvent detected = store.timeline(incident.id()).stream().filter(e -> e.kind() == EventKind.DETECTED)
                    .findFirst().orElseThrow();
            assertThat(detected.source()).isEqualTo(EventSource.ALERT);
            assertThat(detected.at()).isEqualTo(created.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(incident.evidence()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(EvidenceKind.ALERT);
                assertThat(e.sourceRef()).isEqualTo("alerts:demo/" + id);
                assertThat(e.summary()).contains("Card charges fail").contains("team=payments");
            });
        }
    }
}
