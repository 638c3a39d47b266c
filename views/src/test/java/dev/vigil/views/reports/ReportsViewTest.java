package dev.vigil.views.reports;

import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.report.ReportFormat;
import dev.vigil.incidents.store.IncidentStore;
import dev.vigil.incidents.store.JdbcIncidentStore;
import dev.vigil.incidents.store.NewEvent;
import dev.vigil.incidents.store.NewIncident;
import dev.vigil.incidents.store.StoreLocation;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.StoreConnection;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Reports section over a real SQLite store with two hand-made incidents. */
@ExtendWith(ApplicationExtension.class)
class ReportsViewTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private final ExecutorService io = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private Path dir;
    private StoreConnection connection;
    private ReportsViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("vigil-reports");
        StoreLocation location = StoreLocation.sqliteFile(dir.resolve("incidents.db"));
        try (IncidentStore store = JdbcIncidentStore.open(location)) {
            // SEV1 on checkout: acknowledged after 4 min, resolved after 30 min (30 min of downtime).
            store.declare(new NewIncident("INC-1", "Checkout down", "checkout", Severity.SEV1, "prod", NOW.minusSeconds(86_400),
                    "ana", EventSource.ALERT, List.of()));
            store.append("INC-1", NewEvent.of(EventKind.ACKNOWLEDGED, NOW.minusSeconds(86_400 - 240)));
            store.append("INC-1", NewEvent.of(EventKind.RESOLVED, NOW.minusSeconds(86_400 - 1800)));
            // SEV3 on search: acknowledged after 10 min, still open.
            store.declare(new NewIncident("INC-2", "Search slow", "search", Severity.SEV3, "prod", NOW.minusSeconds(3 * 86_400),
                    "bo", EventSource.MANUAL, List.of()));
            store.append("INC-2", NewEvent.of(EventKind.ACKNOWLEDGED, NOW.minusSeconds(3 * 86_400 - 600)));
            // A drill on payments: left out unless the Drills toggle is on.
            store.declare(new NewIncident("DRILL-1", "Drill: payments latency", "payments", Severity.SEV2, "demo",
                    NOW.minusSeconds(7_200), "cy", EventSource.ALERT, List.of(dev.vigil.incidents.Incident.DRILL_TAG)));
        }
        connection = new StoreConnection(() -> JdbcIncidentStore.open(location), location.toString(), io, timer, FxThread.executor());
        model = new ReportsViewModel(connection, () -> EnvironmentsConfig.EMPTY, Clock.fixed(NOW, ZoneOffset.UTC));
        connection.connect();
        stage.setScene(new Scene(new ReportsView(model), 1000, 900));
        stage.show();
    }

    @BeforeEach
    void awaitFirstReport() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() {
        connection.close();
        io.shutdownNow();
        timer.shutdownNow();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void headlineFiguresFollowTheSpec(FxRobot robot) {
        assertThat(text(robot, "#kpi-incidents")).isEqualTo("2");
        // MTTA mean of 4 min and 10 min.
        assertThat(text(robot, "#kpi-mtta")).isEqualTo("7m 00s");
        assertThat(text(robot, "#kpi-mttr")).isEqualTo("30m 00s");
        // INC-1 met both SEV1 targets; INC-2 is within its 3-day resolve target, so pending.
        assertThat(text(robot, "#kpi-sla")).isEqualTo("100.000%");
        assertThat(model.reportProperty().get().services()).containsKeys("checkout", "search");
        assertThat(model.reportProperty().get().services().get("checkout").downtime()).isEqualTo(1800.0);
    }

    @Test
    void aSeverityFilterNarrowsTheDurations(FxRobot robot) throws Exception {
        robot.clickOn("#report-sev3");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.reportProperty().get().incidents() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#kpi-mtta")).isEqualTo("10m 00s");
        // Downtime still counts the SEV1 outage: severity filters never narrow the outage severities.
        assertThat(model.reportProperty().get().services().get("checkout").downtime()).isEqualTo(1800.0);
    }

    @Test
    void drillsCountOnlyWhenTheDrillsToggleIsOn(FxRobot robot) throws Exception {
        assertThat(model.reportProperty().get().services()).doesNotContainKey("payments");

        robot.clickOn("#report-drills");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.reportProperty().get().incidents() == 3);
        assertThat(model.reportProperty().get().services()).containsKey("payments");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#kpi-incidents")).isEqualTo("3");
    }

    @Test
    void aShorterPeriodLeavesOlderIncidentsOut(FxRobot robot) throws Exception {
        robot.clickOn("#period-last_7_days");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            model.periodProperty().set(ReportPeriod.CUSTOM);
            model.customFromProperty().set("2026-11-20");
            model.customToProperty().set("2026-11-22");
            model.refresh();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.reportProperty().get().incidents() == 1);
    }

    @Test
    void pdfAndCsvExportsCarryTheSameFigures(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("out/report.pdf");
        Path csv = dir.resolve("out/report.csv");
        robot.interact(() -> {
            model.export(ReportFormat.PDF, pdf, p -> { });
            model.export(ReportFormat.CSV, csv, p -> { });
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(pdf) && Files.exists(csv));
        Thread.sleep(200);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Reliability report").contains("checkout").contains("search").contains("7m 00s");
        }
        assertThat(Files.readString(csv)).contains("checkout");
    }
}
