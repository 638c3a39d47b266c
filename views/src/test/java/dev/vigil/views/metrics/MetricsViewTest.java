package dev.vigil.views.metrics;

import dev.vigil.views.common.FxWait;
import dev.vigil.views.common.InMemoryPinboard;
import dev.vigil.views.common.ThemedScene;
import dev.vigil.connectors.credentials.CredentialResolver;
import dev.vigil.connectors.prometheus.PromClientSettings;
import dev.vigil.connectors.prometheus.PrometheusFixture;
import dev.vigil.connectors.prometheus.PrometheusSources;
import dev.vigil.connectors.prometheus.QueryListener;
import dev.vigil.environments.Environment;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.Pinboard;
import dev.vigil.views.shell.Theme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
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

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person does in the Metrics section: click a tile, read its chart, pin it, close it. */
@ExtendWith({ApplicationExtension.class, SharedPrometheus.class})
class MetricsViewTest {

    private final ExecutorService io = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final InMemoryPinboard pinboard = new InMemoryPinboard();
    private MetricsViewModel model;

    private static PrometheusFixture fixture;

    @BeforeAll
    static void useFixture(PrometheusFixture shared) {
        fixture = shared;
    }

    @Start
    void start(Stage stage) {
        Environment env = SharedPrometheus.environment(fixture, Map.of());
        model = new MetricsViewModel(new SimpleObjectProperty<>(env), new PrometheusSources(CredentialResolver.NONE,
                PromClientSettings.DEFAULTS, QueryListener.NONE), io, FxThread.executor(), timer, Clock.systemUTC(), pinboard);
        model.intervalProperty().set(RefreshInterval.ONE_SECOND);
        MetricsView view = new MetricsView(model, new SimpleObjectProperty<>(Theme.DARK));
        ThemedScene.show(stage, view, 1000, 700);
    }

    @AfterEach
    void stop() {
        FxWait.run(model::close);
        io.shutdownNow();
        timer.shutdownNow();
    }

    @Test
    void clickingATileOpensItsChartWithOneLinePerInstanceAndPinsItWithItsPicture(FxRobot robot) throws Exception {
        FxWait.until(20, "the requests tile of svc-0 with a value",
                () -> model.tiles().stream().anyMatch(t -> t.spec().id().equals("svc-0/requests_per_minute") && t.valueProperty().get() > 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chart-pin").tryQuery()).isEmpty();

        robot.clickOn("#tile-svc-0-requests_per_minute");
        FxWait.until(10, "the chart's lines", () -> model.chartProperty().get() != null
                && !model.chartProperty().get().linesProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        LineChart<?, ?> chart = robot.lookup(".metric-line-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(1);
        assertThat(chart.getData().getFirst().getName()).startsWith("127.0.0.1:");
        assertThat(robot.lookup("#chart-query").queryTextInputControl().getText()).contains("by (pod, instance)");
        assertThat(robot.lookup("#chart-pin").queryAs(Button.class).isDisabled()).isTrue(); // no incident active

        FxWait.run(() -> pinboard.active.set(new Pinboard.ActiveIncident("INC-7", "Checkout slow")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#range-fifteen_minutes");
        FxWait.until(10, "the 15 m range loaded", () -> !model.chartProperty().get().loadingProperty().get()
                && !model.chartProperty().get().linesProperty().get().isEmpty());
        robot.clickOn("#chart-pin");
        FxWait.until(10, "the pin, after its PNG is encoded", () -> !pinboard.pinned.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pinboard.pinned).hasSize(1);
        byte[] png = pinboard.pinned.getFirst().files().get("svc-0-requests_per_minute.png");
        var picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat((double) picture.getWidth()).isCloseTo(chart.getWidth(), org.assertj.core.api.Assertions.within(1.5));
        assertThat((double) picture.getHeight()).isCloseTo(chart.getHeight(), org.assertj.core.api.Assertions.within(1.5));
        assertThat(pinboard.pinned.getFirst().kind()).isEqualTo("metric_snapshot");
        assertThat(pinboard.pinned.getFirst().attachments().get("values.csv")).startsWith("time,127.0.0.1:");
        assertThat(pinboard.pinned.getFirst().sourceRef()).contains("http_requests_total");
        assertThat(robot.lookup("#chart-pinned").queryLabeled().getText()).contains("INC-7");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.chartProperty().get()).isNull();
        assertThat(robot.lookup("#metric-chart").tryQuery()).isEmpty();
    }

    @Test
    void draggingAcrossTheChartZoomsIn(FxRobot robot) {
        FxWait.until(20, "tiles", () -> model.tiles().stream().anyMatch(t -> t.spec().id().equals("svc-1/requests_per_minute")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tile-svc-1-requests_per_minute");
        FxWait.until(10, "chart", () -> model.chartProperty().get() != null && !model.chartProperty().get().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        var plot = robot.lookup(".chart-plot-background").query();
        var bounds = plot.localToScreen(plot.getBoundsInLocal());
        robot.drag(bounds.getMinX() + bounds.getWidth() * 0.6, bounds.getCenterY())
                .moveTo(new javafx.geometry.Point2D(bounds.getMinX() + bounds.getWidth() * 0.9, bounds.getCenterY()))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        MetricChartViewModel chart = model.chartProperty().get();
        assertThat(chart.zoomedProperty().get()).isTrue();
        Duration shown = Duration.between(chart.fromProperty().get(), chart.toProperty().get());
        assertThat(shown).isBetween(Duration.ofMinutes(12), Duration.ofMinutes(24)); // 30 % of the hour
        assertThat(robot.lookup("#chart-reset-zoom").query().isVisible()).isTrue();
    }
}
