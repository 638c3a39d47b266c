package dev.vigil.views.metrics;

import dev.vigil.views.common.FxWait;
import dev.vigil.views.common.InMemoryPinboard;
import dev.vigil.connectors.prometheus.PromClientSettings;
import dev.vigil.connectors.prometheus.PrometheusFixture;
import dev.vigil.connectors.prometheus.PrometheusSources;
import dev.vigil.connectors.prometheus.QueryListener;
import dev.vigil.connectors.credentials.CredentialResolver;
import dev.vigil.environments.Environment;
import dev.vigil.views.common.FxThread;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The view model against the real Prometheus, the toolkit running but no robot. */
@ExtendWith({ApplicationExtension.class, SharedPrometheus.class})
class MetricsViewModelTest {

    private PrometheusFixture fixture;
    private final ExecutorService io = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final SimpleObjectProperty<Environment> active = new SimpleObjectProperty<>();
    private MetricsViewModel model;

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need; no window.
    }

    @BeforeEach
    void useFixture(PrometheusFixture shared) {
        fixture = shared;
    }

    private void open(Map<String, String> extraMetrics, RefreshInterval interval) {
        Environment env = SharedPrometheus.environment(fixture, extraMetrics);
        model = FxWait.onFx(() -> {
            active.set(env);
            MetricsViewModel m = new MetricsViewModel(active, new PrometheusSources(CredentialResolver.NONE,
                    new PromClientSettings(Duration.ofSeconds(2), 8, null), QueryListener.NONE),
                    io, FxThread.executor(), timer, Clock.systemUTC(), new InMemoryPinboard());
            m.intervalProperty().set(interval);
            return m;
        });
    }

    @AfterEach
    void close() throws Exception {
        if (model != null) {
            FxWait.run(model::close);
        }
        io.shutdownNow();
        timer.shutdownNow();
        fixture.prometheus().restart(); // a test that stopped it must not leave the others without one
    }

    private TileModel tile(String service, String key) {
        return model.tiles().stream().filter(t -> t.spec().service().equals(service) && t.spec().key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no tile " + service + "/" + key));
    }

    @Test
    void overviewShowsTheKeyTilesOfEveryServiceWithValuesAgreeingWithTheTraffic() {
        open(Map.of(), RefreshInterval.ONE_SECOND);
        FxWait.until(20, "first refresh", () -> model.tiles().size() == 12 && model.lastRefreshProperty().get() != null);

        double generatedPerMinute = 20 * 60;
        double errorShare = 0.1;
        FxWait.run(() -> {
            assertThat(tile("svc-0", "requests_per_minute").valueProperty().get()).isCloseTo(generatedPerMinute, within(generatedPerMinute * 0.15));
            assertThat(tile("svc-1", "error_ratio").valueProperty().get()).isCloseTo(errorShare, within(0.02));
            assertThat(tile("svc-0", "latency_p95").valueTextProperty().get()).isNotEqualTo("—");
            assertThat(tile("svc-0", "requests_per_minute").unitTextProperty().get()).isEqualTo("req/min");
            assertThat(tile("svc-0", "requests_per_minute").sparklineProperty().get().size()).isGreaterThanOrEqualTo(2);
            assertThat(model.tiles()).noneMatch(t -> t.staleProperty().get());
        });
    }

    @Test
    void errorRatioAboveTheCriticalThresholdReadsCritical() {
        open(Map.of("error_ratio.warn", "0.02", "error_ratio.critical", "0.05"), RefreshInterval.ONE_SECOND);
        FxWait.until(20, "tiles", () -> model.tiles().size() == 12 && model.lastRefreshProperty().get() != null);

        FxWait.run(() -> assertThat(tile("svc-0", "error_ratio").levelProperty().get())
                .isEqualTo(dev.vigil.connectors.prometheus.Thresholds.Level.CRITICAL));
    }

    @Test
    void badPromQlShowsTheServersErrorOnItsTileOnly() {
        open(Map.of("broken", "sum(rate(http_requests_total[1m]", "tiles", "requests_per_minute, broken"), RefreshInterval.ONE_SECOND);
        FxWait.until(20, "the broken tile's error", () -> model.tiles().stream()
                .anyMatch(t -> t.spec().key().equals("broken") && t.errorProperty().get() != null));

        FxWait.run(() -> {
            TileModel broken = tile("svc-0", "broken");
            assertThat(broken.queryErrorProperty().get()).isTrue();
            assertThat(broken.errorProperty().get()).contains("parse error");
            assertThat(tile("svc-0", "requests_per_minute").errorProperty().get()).isNull();
            assertThat(model.problemProperty().get()).isNull();
        });
    }

    @Test
    void tilesGoStaleWhilePrometheusIsDownAndRecoverWhenItIsBack() throws Exception {
        open(Map.of(), RefreshInterval.ONE_SECOND);
        FxWait.until(20, "first refresh", () -> model.tiles().size() == 12 && tile("svc-0", "requests_per_minute").errorProperty().get() == null);

        fixture.prometheus().stop();
        FxWait.until(10, "every tile stale", () -> model.tiles().stream().allMatch(t -> t.staleProperty().get()));
        FxWait.run(() -> {
            assertThat(model.problemProperty().get()).contains("connection refused");
            assertThat(tile("svc-0", "requests_per_minute").valueTextProperty().get()).isNotEqualTo("—"); // the last value stays
        });

        fixture.prometheus().restart();
        FxWait.until(20, "tiles fresh again", () -> model.tiles().stream().noneMatch(t -> t.staleProperty().get())
                && model.problemProperty().get() == null);
    }

    @Test
    void pausedAndMinimisedStopTheRefreshes() throws Exception {
        open(Map.of(), RefreshInterval.ONE_SECOND);
        FxWait.until(20, "first refresh", () -> model.lastRefreshProperty().get() != null);

        FxWait.run(() -> model.intervalProperty().set(RefreshInterval.PAUSED));
        Thread.sleep(300); // a round already out may still land
        RefreshTiming paused = FxWait.onFx(() -> model.lastRefreshProperty().get());
        Thread.sleep(2_500);
        assertThat(FxWait.onFx(() -> model.lastRefreshProperty().get())).isSameAs(paused);

        FxWait.run(() -> {
            model.windowMinimisedProperty().set(true);
            model.intervalProperty().set(RefreshInterval.ONE_SECOND);
        });
        Thread.sleep(2_500);
        assertThat(FxWait.onFx(() -> model.lastRefreshProperty().get())).isSameAs(paused);

        FxWait.run(() -> model.windowMinimisedProperty().set(false));
        FxWait.until(5, "a refresh once restored", () -> model.lastRefreshProperty().get() != paused);
    }

    @Test
    void oneServiceLayoutShowsEveryTileOfThatService() {
        open(Map.of(), RefreshInterval.FIVE_SECONDS);
        FxWait.until(20, "overview", () -> model.tiles().size() == 12);

        FxWait.run(() -> {
            model.serviceProperty().set("svc-1");
            model.layoutProperty().set(MetricsLayout.SERVICE);
        });
        FxWait.until(20, "detail", () -> model.tiles().size() == 10);

        FxWait.run(() -> assertThat(model.tiles()).allMatch(t -> t.spec().service().equals("svc-1"))
                .extracting(t -> t.spec().key()).contains("latency_avg", "latency_p99", "cpu_of_limit", "memory_of_limit"));
    }

    @Test
    void environmentWithoutPrometheusSaysSoInsteadOfShowingTiles() {
        open(Map.of(), RefreshInterval.ONE_SECOND);
        FxWait.run(() -> active.set(Environment.builtInDemo()));

        FxWait.run(() -> {
            assertThat(model.emptyMessageProperty().get()).contains("demo");
            assertThat(model.tiles()).isEmpty();
        });
    }
}
