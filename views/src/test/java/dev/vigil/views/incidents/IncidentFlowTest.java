package dev.vigil.views.incidents;

import dev.vigil.environments.Environment;
import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.environments.ReliabilitySettings;
import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.IncidentStatus;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.TimelineEvent;
import dev.vigil.incidents.store.IncidentStore;
import dev.vigil.incidents.store.JdbcIncidentStore;
import dev.vigil.incidents.store.NewEvent;
import dev.vigil.incidents.store.StoreLocation;
import dev.vigil.views.common.EvidenceDraft;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.StoreConnection;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What a responder does in the Incidents section, clicked through against a real SQLite store. */
@ExtendWith(ApplicationExtension.class)
class IncidentFlowTest {

    private final ExecutorService io = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private Path dir;
    private StoreLocation location;
    private StoreConnection connection;
    private IncidentsViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("vigil-incidents");
        location = StoreLocation.sqliteFile(dir.resolve("incidents.db"));
        connection = new StoreConnection(() -> JdbcIncidentStore.open(location), location.toString(), io, timer, FxThread.executor());
        EnvironmentsConfig config = new EnvironmentsConfig(List.of(Environment.builtInDemo().withName("production")),
                "production", null, ReliabilitySettings.DEFAULTS,
                Map.of(Severity.SEV1, List.of("Page the database on-call", "Post in #status")));
        WorkspaceContext context = new WorkspaceContext("ana", Clock.systemUTC(), () -> config, () -> "production",
                dir.resolve("postmortems"), evidence -> { });
        model = new IncidentsViewModel(connection, context, new WorkspacePinboard(connection, "ana"));
        connection.connect();
        stage.setScene(new Scene(new IncidentsView(model, Clock.systemUTC(), () -> List.of("production")), 1000, 1000));
        stage.show();
    }

    /** After the window is up (not inside @Start: opening the store calls back on the FX thread). */
    @BeforeEach
    void awaitStore() throws Exception {
        await(() -> connection.storeProperty().get() != null);
    }

    @AfterEach
    void stop() {
        connection.close();
        io.shutdownNow();
        timer.shutdownNow();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String declare(FxRobot robot, String title, String impact) throws Exception {
        robot.clickOn("#declare-incident");
        robot.clickOn("#declare-title").write(title);
        robot.clickOn("#declare-service").write("payments");
        robot.clickOn("#declare-sev1");
        if (impact != null) {
            robot.doubleClickOn("#declare-impact").eraseText(3).write(impact);
        }
        robot.clickOn("#declare-submit");
        await(() -> model.workspace().incidentProperty().get() != null);
        return model.workspace().incidentProperty().get().id();
    }

    private IncidentStatus status() {
        return model.workspace().incidentProperty().get().status();
    }

    private List<EventKind> storedKinds(String id) {
        try (IncidentStore other = JdbcIncidentStore.open(location)) {
            return other.timeline(id).stream().map(TimelineEvent::kind).toList();
        }
    }

    @Test
    void declareAcknowledgeContainResolveReopenResolveFollowsTheLifecycle(FxRobot robot) throws Exception {
        String id = declare(robot, "Card payments failing", null);
        assertThat(robot.lookup("#workspace-title").queryAs(Label.class).getText()).isEqualTo("Card payments failing");
        assertThat(status()).isEqualTo(IncidentStatus.INVESTIGATING);

        robot.clickOn("#move-acknowledge");
        await(() -> status() == IncidentStatus.IDENTIFIED);
        assertThat(robot.lookup("#clock-ack").queryAs(Label.class).getText()).isEqualTo("Met");
        // The SLA card keeps its own style and takes its state's: the card, then green for "met".
        assertThat(robot.lookup("#clock-ack").queryAs(Label.class).getParent().getStyleClass())
                .contains("clock-card", "clock-met").doesNotContain("clock-on_track");
        robot.clickOn("#move-contain");
        await(() -> status() == IncidentStatus.MONITORING);
        robot.clickOn("#move-resolve");
        await(() -> status() == IncidentStatus.RESOLVED);
        assertThat(robot.lookup("#clock-resolve").queryAs(Label.class).getText()).isEqualTo("Met");
        assertThat(robot.lookup("#workspace-figures").queryAs(Label.class).getText()).doesNotContain("recover -");
        robot.clickOn("#move-reopen");
        await(() -> status() == IncidentStatus.INVESTIGATING);
        assertThat(robot.lookup("#workspace-figures").queryAs(Label.class).getText()).contains("recover -");
        robot.clickOn("#move-resolve");
        await(() -> status() == IncidentStatus.RESOLVED);

        assertThat(storedKinds(id)).containsSubsequence(EventKind.IMPACT_STARTED, EventKind.DETECTED, EventKind.ACKNOWLEDGED,
                EventKind.CONTAINED, EventKind.RESOLVED, EventKind.REOPENED, EventKind.RESOLVED);
        assertThat(storedKinds(id)).contains(EventKind.ROLE_ASSIGNED);
    }

    @Test
    void aMoveThatMakesNoSenseIsDisabledWithItsReason(FxRobot robot) throws Exception {
        declare(robot, "Checkout slow", null);
        assertThat(robot.lookup("#move-reopen").query().isDisabled()).isTrue();
        assertThat(model.workspace().refusalProperty(Move.REOPEN).get()).isEqualTo("the incident is not resolved");
        assertThat(model.workspace().refusalProperty(Move.CLOSE).get()).contains("resolve the incident before closing");
    }

    @Test
    void backDatingAnEventKeepsItsHistoryAndMovesTheClocks(FxRobot robot) throws Exception {
        String id = declare(robot, "Search down", "-5m");
        TimelineEvent impact = model.workspace().events().stream()
                .filter(e -> e.kind() == EventKind.IMPACT_STARTED).findFirst().orElseThrow();
        // Typed times have whole seconds.
        Instant earlier = impact.at().minusSeconds(25 * 60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        robot.clickOn("#edit-event-" + impact.id());
        // On the FX thread: the dialog's field is live (set from the test thread, its caret path raced the pulse).
        robot.interact(() -> robot.lookup("#instant-input").queryTextInputControl().setText(InstantText.format(earlier)));
        robot.clickOn("OK");
        await(() -> model.workspace().events().stream().anyMatch(TimelineEvent::edited));

        assertThat(robot.lookup("#edited-" + impact.id()).tryQuery()).isPresent();
        try (IncidentStore other = JdbcIncidentStore.open(location)) {
            TimelineEvent stored = other.timeline(id).stream().filter(e -> e.kind() == EventKind.IMPACT_STARTED).findFirst().orElseThrow();
            assertThat(stored.at()).isEqualTo(earlier);
            assertThat(stored.edits()).singleElement().satisfies(edit -> {
                assertThat(edit.previousAt()).isEqualTo(impact.at());
                assertThat(edit.newAt()).isEqualTo(earlier);
                assertThat(edit.editedBy()).isEqualTo("ana");
            });
        }
        assertThat(robot.lookup("#workspace-figures").queryAs(Label.class).getText()).contains("Time to detect 30m");
    }

    @Test
    void anEditThatBreaksTheLifecycleIsRefusedWithTheReason(FxRobot robot) throws Exception {
        declare(robot, "Gateway 502s", "-5m");
        TimelineEvent impact = model.workspace().events().stream()
                .filter(e -> e.kind() == EventKind.IMPACT_STARTED).findFirst().orElseThrow();

        robot.clickOn("#edit-event-" + impact.id());
        robot.interact(() -> robot.lookup("#instant-input").queryTextInputControl()
                .setText(InstantText.format(Instant.now().plusSeconds(3600))));
        robot.clickOn("OK");
        await(() -> model.workspace().messageProperty().get() != null && model.workspace().messageProperty().get().error());

        assertThat(robot.lookup("#workspace-message").queryAs(Label.class).getText())
                .startsWith("Not moved").contains("before impact_started");
    }

    @Test
    void declaringWithoutATitleSaysWhatIsMissing(FxRobot robot) {
        robot.clickOn("#declare-incident");
        robot.clickOn("#declare-submit");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#declare-error-title").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(model.workspaceShownProperty().get()).isFalse();
    }

    @Test
    void notesChecklistAndStatusUpdatesLandOnTheTimeline(FxRobot robot) throws Exception {
        String id = declare(robot, "Payments timeouts", null);
        robot.clickOn("#note-input").write("Rolled back payments to v41");
        robot.clickOn("#add-note");
        await(() -> model.workspace().events().stream().anyMatch(e -> e.kind() == EventKind.NOTE));

        robot.clickOn("#checklist-0");
        await(() -> model.workspace().checklist().getFirst().done());

        robot.clickOn("#update-impact").write("2% of card payments fail");
        robot.clickOn("#post-update");
        await(() -> model.workspace().events().stream().anyMatch(e -> e.kind() == EventKind.STATUS_UPDATE));
        TimelineEvent update = model.workspace().events().stream().filter(e -> e.kind() == EventKind.STATUS_UPDATE).findFirst().orElseThrow();
        assertThat(update.text()).contains("Impact: 2% of card payments fail").contains("Next update:");
        assertThat(storedKinds(id)).contains(EventKind.NOTE, EventKind.CHECKLIST_ITEM, EventKind.STATUS_UPDATE);
    }

    @Test
    void thePostmortemIsWrittenWithTheWholeTimeline(FxRobot robot) throws Exception {
        String id = declare(robot, "Notifications delayed", null);
        robot.clickOn("#move-acknowledge");
        await(() -> status() == IncidentStatus.IDENTIFIED);
        robot.clickOn("#export-postmortem");
        Path file = dir.resolve("postmortems").resolve(id + "-postmortem.md");
        await(() -> Files.exists(file) && model.workspace().messageProperty().get() != null);

        String md = Files.readString(file);
        assertThat(md).contains("# Postmortem: " + id + " — Notifications delayed");
        assertThat(md).contains("| impact_started |").contains("| detected |").contains("| acknowledged |");
        assertThat(md).contains("## Follow-ups");
    }

    @Test
    void aChangeWrittenByAnotherProcessShowsWithinTwoSeconds(FxRobot robot) throws Exception {
        String id = declare(robot, "Accounts login errors", null);
        try (IncidentStore other = JdbcIncidentStore.open(location)) {
            other.append(id, new NewEvent(EventKind.NOTE, Instant.now(), "bo", "seen from the other window", null));
        }
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> model.workspace().events().stream()
                .anyMatch(e -> "seen from the other window".equals(e.text())));
    }

    @Test
    void evidencePinnedFromAnotherSectionAppearsInTheWorkspace(FxRobot robot) throws Exception {
        declare(robot, "Checkout pods OOMKilled", null);
        AtomicReference<Object> pinned = new AtomicReference<>();
        robot.interact(() -> model.pinboard().pin(new EvidenceDraft("pod", "pod shop/checkout-5d9 OOMKilled",
                "restarts: 7", "cluster:shop/checkout-5d9", Map.of("last log lines", "java.lang.OutOfMemoryError")),
                pinned::set, pinned::set));
        await(() -> model.workspace().incidentProperty().get().evidence().size() == 1);
        assertThat(model.workspace().incidentProperty().get().evidence().getFirst().summary())
                .contains("restarts: 7").contains("--- last log lines ---").contains("OutOfMemoryError");
        assertThat(robot.lookup("pod shop/checkout-5d9 OOMKilled").tryQuery()).isPresent();
    }

    @Test
    void escapeLeavesTheWorkspaceAndTheListShowsTheIncident(FxRobot robot) throws Exception {
        String id = declare(robot, "Gateway latency", null);
        robot.clickOn("#timeline");
        robot.type(KeyCode.ESCAPE);
        await(() -> !model.workspaceShownProperty().get() && !model.list().visibleRows().isEmpty());
        assertThat(model.list().visibleRows()).extracting(IncidentRow::id).contains(id);
    }
}
