package dev.vigil.views.metrics;

import dev.vigil.views.common.FxWait;
import dev.vigil.views.common.InMemoryPinboard;
import dev.vigil.views.common.ThemedScene;
import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DemoMetricsSource;
import dev.vigil.connectors.prometheus.MetricsSource;
import dev.vigil.connectors.prometheus.PromQueryException;
import dev.vigil.environments.Environment;
import dev.vigil.views.shell.Theme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** What each tile shows a person — value with unit, sparkline, change, badges — read from its face. */
@ExtendWith(ApplicationExtension.class)
class TileFaceTest {

    private final ExecutorService io = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private MetricsViewModel model;
    private MetricsView view;

    @Start
    void start(Stage stage) {
        MetricsSource demo = new DemoMetricsSource(new DemoFleet(DemoFleet.DEFAULT_SEED, Clock.systemUTC().instant()));
        model = new MetricsViewModel(new SimpleObjectProperty<>(Environment.builtInDemo()), env -> Optional.of(demo), io,
                dev.vigil.views.common.FxThread.executor(), timer, Clock.systemUTC(), new InMemoryPinboard());
        model.intervalProperty().set(RefreshInterval.PAUSED); // one refresh per test, asked for by the test
        view = new MetricsView(model, new SimpleObjectProperty<>(Theme.DARK));
        ThemedScene.show(stage, view, 1200, 800);
    }

    @AfterEach
    void stop() {
        FxWait.run(model::close);
        io.shutdownNow();
        timer.shutdownNow();
    }

    /** Refreshes once and waits until the tiles show it. */
    private void refresh() {
        RefreshTiming before = FxWait.onFx(() -> model.lastRefreshProperty().get());
        FxWait.run(model::refreshNow);
        FxWait.until(10, "a refresh", () -> model.lastRefreshProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TileFace face(FxRobot robot, String id) {
        return robot.lookup("#tile-" + id).queryAs(MetricTileView.class).face();
    }

    @Test
    void everyTileShowsItsValueWithUnitAndASparkline(FxRobot robot) {
        refresh();

        assertThat(model.tiles()).hasSize(36).allMatch(t -> !Double.isNaN(t.valueProperty().get()));
        TileFace requests = face(robot, "checkout-requests_per_minute");
        TileModel tile = model.tiles().stream().filter(t -> t.spec().id().equals("checkout/requests_per_minute")).findFirst().orElseThrow();
        assertThat(requests.title()).isEqualTo("Requests");
        assertThat(requests.valueText()).isEqualTo(tile.valueTextProperty().get() + " req/min").doesNotStartWith("—");
        assertThat(requests.sparkline().size()).isGreaterThan(10);
        assertThat(face(robot, "payments-latency_p95").valueText()).matches("[0-9.]+ (ms|s)");
        assertThat(face(robot, "payments-latency_p95").badgeText()).isNull();
    }

    @Test
    void staleTileShowsTheBadgeAndABadQueryShowsTheServersMessageOnTheTile(FxRobot robot) {
        refresh();
        TileModel cpu = model.tiles().stream().filter(t -> t.spec().id().equals("search/cpu_cores")).findFirst().orElseThrow();
        TileModel errors = model.tiles().stream().filter(t -> t.spec().id().equals("search/errors_per_minute")).findFirst().orElseThrow();

        FxWait.run(() -> {
            cpu.checkStale(java.time.Instant.now().plusSeconds(60), java.time.Duration.ofSeconds(2));
            errors.applyFailure(new PromQueryException(PromQueryException.Kind.BAD_DATA, "parse error at char 12: unclosed left parenthesis"));
        });
        WaitForAsyncUtils.waitForFxEvents();

        TileFace stale = face(robot, "search-cpu_cores");
        assertThat(stale.badgeText()).isEqualTo("STALE");
        assertThat(stale.errorText()).isNull();
        TileFace broken = face(robot, "search-errors_per_minute");
        assertThat(broken.badgeText()).isEqualTo("QUERY ERROR");
        assertThat(broken.errorText()).contains("unclosed left parenthesis");
        assertThat(broken.valueText()).isEqualTo("—");
    }
}
