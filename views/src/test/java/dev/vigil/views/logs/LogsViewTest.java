package dev.vigil.views.logs;

import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DemoLogSource;
import dev.vigil.connectors.logs.LogHit;
import dev.vigil.environments.Environment;
import dev.vigil.views.common.EvidenceDraft;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.Pinboard;
import dev.vigil.views.common.InMemoryPinboard;
import dev.vigil.views.shell.ShellView;
import dev.vigil.views.shell.Theme;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person does in the Logs section on the demo fleet: type a query, read rows, follow a trace, pin, tail. */
@ExtendWith(ApplicationExtension.class)
class LogsViewTest {

    private static final Instant NOW = Instant.parse("2026-11-22T14:30:00Z");
    private final ExecutorService io = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final InMemoryPinboard pinboard = new InMemoryPinboard();
    private final ReadOnlyObjectWrapper<Environment> environment = new ReadOnlyObjectWrapper<>(Environment.builtInDemo());
    private LogsViewModel model;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        DemoLogSource demo = new DemoLogSource(new DemoFleet(DemoFleet.DEFAULT_SEED, NOW), clock);
        model = new LogsViewModel(environment.getReadOnlyProperty(), env -> env.demo() ? Optional.of(demo) : Optional.empty(),
                io, FxThread.executor(), timer, clock, pinboard);
        LogsView view = new LogsView(model, () -> { });
        Scene scene = new Scene(view, 1400, 860);
        for (String sheet : ShellView.STYLESHEETS) {
            scene.getStylesheets().add(ShellView.class.getResource(sheet).toExternalForm());
        }
        javafx.application.Application.setUserAgentStylesheet(Theme.DARK.userAgentStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        model.close();
        io.shutdownNow();
        timer.shutdownNow();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingAQueryShowsOnlyMatchingRowsNewestFirst(FxRobot robot) throws Exception {
        await(() -> !model.rows().isEmpty());
        robot.clickOn("#log-query").write("upstream timeout").type(KeyCode.ENTER);

        await(() -> !model.searchingProperty().get() && !model.rows().isEmpty()
                && model.rows().stream().allMatch(h -> h.message().contains("upstream timeout")));
        TableView<?> table = robot.lookup("#log-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSameSizeAs(model.rows());
        assertThat(model.rows()).extracting(LogHit::at).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(model.totalProperty().get()).isEqualTo(model.rows().size());
        assertThat(model.history()).containsExactly("upstream timeout");
        assertThat(model.histogramProperty().get().total()).isEqualTo(model.totalProperty().get());
    }

    @Test
    void aBadQueryShowsTheParseErrorUnderTheBar(FxRobot robot) throws Exception {
        await(() -> !model.rows().isEmpty());
        robot.clickOn("#log-query").write("status:(500 OR").type(KeyCode.ENTER);

        await(() -> model.errorProperty().get() != null);
        assertThat(robot.lookup("#log-error").queryLabeled().getText()).contains("Cannot parse");
    }

    @Test
    void followingATraceFromAHitShowsItsStoryAcrossServices(FxRobot robot) throws Exception {
        await(() -> !model.rows().isEmpty());
        robot.clickOn("#log-query").write("service:payments").type(KeyCode.ENTER);
        await(() -> !model.searchingProperty().get() && !model.rows().isEmpty()
                && model.rows().stream().allMatch(h -> h.service().equals("payments")));

        robot.interact(() -> robot.lookup("#log-table").queryAs(TableView.class).getSelectionModel().select(0));
        await(() -> model.selectedProperty().get() != null);
        robot.clickOn("#follow-trace");

        await(() -> model.traceProperty().get() != null);
        TraceStory story = model.traceProperty().get();
        assertThat(story.services()).startsWith("gateway").contains("checkout", "payments");
        assertThat(story.lines()).extracting(LogHit::at).isSorted();
        assertThat(robot.lookup("#trace-lines").queryAs(ListView.class).getItems()).hasSize(story.lines().size());
        robot.type(KeyCode.ESCAPE); // clears the selection
        robot.type(KeyCode.ESCAPE); // closes the trace
        await(() -> model.traceProperty().get() == null);
    }

    @Test
    void pinningSendsTheQueryAndTheFirst200Lines(FxRobot robot) throws Exception {
        await(() -> !model.rows().isEmpty());
        assertThat(robot.lookup("#log-pin").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> pinboard.active.set(new Pinboard.ActiveIncident("INC-7", "Checkout errors")));
        robot.clickOn("#log-query").write("level:ERROR OR level:WARN").type(KeyCode.ENTER);
        await(() -> !model.searchingProperty().get() && model.rows().stream().allMatch(h -> !h.level().equals("INFO")));

        robot.clickOn("#log-pin");

        await(() -> !pinboard.pinned.isEmpty());
        EvidenceDraft pinned = pinboard.pinned.getFirst();
        assertThat(pinned.kind()).isEqualTo("log_query");
        assertThat(pinned.summary()).contains("level:ERROR OR level:WARN").contains(model.totalProperty().get() + " matching lines");
        assertThat(pinned.attachments().get("lines.txt").lines().count()).isEqualTo(Math.min(200, model.rows().size()));
        assertThat(robot.lookup(".log-pinned").queryLabeled().getText()).contains("INC-7");
    }

    @Test
    void slashFocusesTheQueryAndTheLiveTailFollowsNewLines(FxRobot robot) throws Exception {
        await(() -> !model.rows().isEmpty());
        robot.clickOn("#log-table");
        robot.type(KeyCode.SLASH);
        assertThat(robot.lookup("#log-query").query().isFocused()).isTrue();

        robot.clickOn("#log-live");

        await(() -> !model.tail().lines().isEmpty());
        assertThat(model.tail().lines()).extracting(LogHit::at).isSorted().allMatch(t -> !t.isAfter(NOW));
        assertThat(robot.lookup("#log-table").queryAs(TableView.class).getItems()).isSameAs(model.tail().lines());
        robot.interact(() -> model.tail().pause());
        assertThat(robot.lookup("#log-jump-latest").query().isVisible()).isTrue();
        robot.clickOn("#log-jump-latest");
        assertThat(model.tail().pausedProperty().get()).isFalse();
    }
}
