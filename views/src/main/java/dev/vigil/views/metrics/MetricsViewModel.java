package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.MetricsSource;
import dev.vigil.connectors.prometheus.MetricsSources;
import dev.vigil.connectors.prometheus.PromQueryException;
import dev.vigil.environments.Environment;
import dev.vigil.environments.ServiceSpec;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.CoalescingBuffer;
import dev.vigil.views.common.Pinboard;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Metrics section: the active environment's services as live tiles. A timer ticks at the refresh
 * interval; each tick (on the FX thread) marks tiles stale whose last good answer is older than two
 * intervals and, unless paused, minimised or a round is still out, starts a {@link RefreshRound} in the
 * background. Its events cross to the FX thread through an immediate {@link CoalescingBuffer}: each
 * answer is applied as soon as the FX thread is free, together with whatever else arrived meanwhile,
 * and the next pulse paints them all. Anything that changes what the grid shows (environment, layout,
 * service) cancels the round in flight: its late events are dropped.
 */
public final class MetricsViewModel implements AutoCloseable {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final MetricsSources sources;
    private final ExecutorService io;
    private final Executor fx;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final Pinboard pinboard;

    private final ObjectProperty<MetricsLayout> layout = new SimpleObjectProperty<>(MetricsLayout.OVERVIEW);
    private final ObjectProperty<String> service = new SimpleObjectProperty<>();
    private final ObjectProperty<RefreshInterval> interval = new SimpleObjectProperty<>(RefreshInterval.FIVE_SECONDS);
    private final ObjectProperty<ComparePeriod> comparePeriod = new SimpleObjectProperty<>(ComparePeriod.ONE_HOUR);
    private final BooleanProperty windowMinimised = new SimpleBooleanProperty();
    private final BooleanProperty onScreen = new SimpleBooleanProperty(true);
    private final ObservableList<String> services = FXCollections.observableArrayList();
    private final TileBoard board = new TileBoard();
    private final ObservableList<TileModel> tiles = board.tiles();
    private final ObservableList<String> servicesView = FXCollections.unmodifiableObservableList(services);
    private final ObservableList<TileModel> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<RefreshTiming> lastRefresh = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MetricChartViewModel> chart = new ReadOnlyObjectWrapper<>();

    private Environment environment;
    private MetricsSource source;
    private PreviousValues previous = new PreviousValues();
    private BackgroundTask.Handle starting;
    private boolean roundOut;
    private long generation;
    private ScheduledFuture<?> ticker;
    private final CoalescingBuffer<String, Tagged> events;
    private Applying applying;

    /** A round's event, with the round it belongs to (a cancelled round's late events are dropped). */
    private record Tagged(long round, RefreshRound.Event event) {
    }

    /** The FX thread's time on the current round so far, for {@link RefreshTiming}. */
    private static final class Applying {
        long firstNanos;
        long nanos;
        long cpuNanos;
    }

    public MetricsViewModel(ObservableValue<Environment> activeEnvironment, MetricsSources sources, ExecutorService io,
                            Executor fx, ScheduledExecutorService timer, Clock clock, Pinboard pinboard) {
        this.sources = Objects.requireNonNull(sources);
        this.io = Objects.requireNonNull(io);
        this.fx = Objects.requireNonNull(fx);
        this.timer = Objects.requireNonNull(timer);
        this.clock = Objects.requireNonNull(clock);
        this.pinboard = Objects.requireNonNull(pinboard);
        this.events = CoalescingBuffer.immediate(fx, timer, this::applyEvents);
        activeEnvironment.addListener((obs, old, env) -> useEnvironment(env));
        layout.addListener((obs, old, now) -> restart());
        service.addListener((obs, old, now) -> {
            if (layout.get() == MetricsLayout.SERVICE) {
                restart();
            }
        });
        comparePeriod.addListener((obs, old, now) -> {
            cancelRound();
            refreshNow();
        });
        interval.addListener((obs, old, now) -> schedule());
        windowMinimised.addListener((obs, was, minimised) -> {
            if (!minimised) {
                tick(); // back on screen: fresh numbers now, not at the next tick
            }
        });
        onScreen.addListener((obs, was, shown) -> {
            if (shown) {
                tick();
            }
        });
        useEnvironment(activeEnvironment.getValue());
    }

    private void useEnvironment(Environment env) {
        closeChart();
        cancelRound();
        if (source != null) {
            source.close();
        }
        environment = env;
        source = env == null ? null : sources.open(env).orElse(null);
        previous = new PreviousValues();
        board.clear();
        problem.set(null);
        status.set("");
        List<String> names = env == null ? List.of() : env.services().stream().map(ServiceSpec::name).toList();
        services.setAll(names);
        service.set(names.isEmpty() ? null : names.getFirst());
        // The demo's fleet stands in for Prometheus: with its source open there is nothing to explain.
        emptyMessage.set(env != null && env.demo() && source != null ? null : emptyReason(env));
        schedule();
    }

    static String emptyReason(Environment env) {
        if (env == null) {
            return "No environment is active.";
        }
        if (env.demo()) {
            return "The demo environment has no Prometheus: its simulated metrics arrive with the demo fleet. "
                    + "Add an environment with a Prometheus URL in Settings to see live tiles.";
        }
        if (env.prometheus() == null) {
            return "Environment " + env.name() + " has no Prometheus URL. Add one in Settings to see live tiles.";
        }
        if (env.services().isEmpty()) {
            return "Environment " + env.name() + " has no services in its catalogue. List them under 'services' "
                    + "in the environments file to get tiles per service.";
        }
        return null;
    }

    private void schedule() {
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
        Duration period = interval.get().period();
        if (source == null || period == null) {
            status.set(source == null ? "" : "Paused");
            return;
        }
        ticker = timer.scheduleAtFixedRate(() -> fx.execute(this::tick), 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Refreshes at once, whatever the interval (the view's refresh button; also the first tick). */
    public void refreshNow() {
        if (!roundOut && visible()) {
            startRound(clock.instant());
        }
    }

    private void restart() {
        cancelRound();
        board.clear();
        if (source != null && visible()) {
            startRound(clock.instant());
        }
    }

    private void tick() {
        if (source == null) {
            return;
        }
        Instant now = clock.instant();
        Duration period = interval.get().period();
        if (period != null) {
            board.checkStale(now, period.multipliedBy(2));
        }
        if (!visible() || period == null || roundOut) {
            return;
        }
        startRound(now);
    }

    private boolean visible() {
        return onScreen.get() && !windowMinimised.get();
    }

    private void startRound(Instant now) {
        if (source == null) {
            return;
        }
        long round = ++generation;
        List<ServiceSpec> wanted = wantedServices();
        MetricsLayout shownLayout = layout.get();
        RefreshInterval every = interval.get();
        ComparePeriod period = comparePeriod.get();
        RefreshRound work = new RefreshRound(source, previous);
        roundOut = true;
        applying = new Applying();
        // Keyed so that the buffer keeps the round's order: its tiles, then answers by tile, then the end.
        starting = BackgroundTask.of(() -> {
                    work.start(wanted, shownLayout, now, every, period, released -> {
                        Map<String, Tagged> batch = new LinkedHashMap<>();
                        released.forEach(e -> batch.put(key(e), new Tagged(round, e)));
                        events.offerAll(batch); // one piece: a round's answers are applied, and painted, together
                    });
                    return null;
                })
                .onError(e -> {
                    if (round == generation) {
                        roundOut = false;
                        problem.set("Refresh failed: " + e.getMessage());
                    }
                })
                .start(io, fx);
    }

    private static String key(RefreshRound.Event e) {
        return switch (e) {
            case RefreshRound.Tiles t -> "#tiles";
            case RefreshRound.Answered a -> a.outcome().spec().id();
            case RefreshRound.Finished f -> "#finished";
        };
    }

    private List<ServiceSpec> wantedServices() {
        if (environment == null) {
            return List.of();
        }
        if (layout.get() == MetricsLayout.OVERVIEW) {
            return environment.services();
        }
        return environment.services().stream().filter(s -> s.name().equals(service.get())).toList();
    }

    /**
     * FX thread: whatever events of the current round arrived since the last batch. The round's tiles go
     * first and its end last, whatever order the buffer kept (a cancelled round's late answers can hold
     * the keys of the next round's).
     */
    private void applyEvents(Map<String, Tagged> batch) {
        Applying timing = applying;
        if (timing == null) {
            return;
        }
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        if (timing.firstNanos == 0) {
            timing.firstNanos = start;
        }
        RefreshRound.Finished finished = null;
        for (Tagged t : batch.values()) {
            if (t.round() == generation && t.event() instanceof RefreshRound.Tiles tiles) {
                board.show(wantedServices().stream().map(ServiceSpec::name).toList(), tiles);
            }
        }
        for (Tagged t : batch.values()) {
            if (t.round() != generation) {
                continue;
            }
            if (t.event() instanceof RefreshRound.Answered a) {
                board.answer(a.outcome(), comparePeriod.get());
            } else if (t.event() instanceof RefreshRound.Finished f) {
                finished = f;
            }
        }
        if (finished != null) {
            finish(finished);
        }
        timing.nanos += System.nanoTime() - start;
        timing.cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
        if (finished != null) {
            lastRefresh.set(new RefreshTiming(finished.startedNanos(), timing.firstNanos, System.nanoTime(), timing.nanos,
                    timing.cpuNanos, tiles.size(), board.failures()));
        }
    }

    private void finish(RefreshRound.Finished round) {
        roundOut = false;
        applying = null;
        Duration every = interval.get().period();
        if (every != null) {
            board.checkStale(clock.instant(), every.multipliedBy(2));
        }
        PromQueryException outage = board.outage();
        int failures = board.failures();
        problem.set(outage == null ? null
                : "No answer from " + source.describe() + ": " + outage.getMessage() + ". Tiles keep their last values and turn stale.");
        status.set("Updated " + CLOCK.format(round.at()) + " UTC · " + tiles.size() + " tiles"
                + (failures > 0 ? " · " + failures + " failed" : ""));
    }

    private void cancelRound() {
        generation++;
        roundOut = false;
        applying = null;
        if (starting != null) {
            starting.cancel();
            starting = null;
        }
    }

    /** Opens the chart of a tile's query. */
    public void openChart(TileModel tile) {
        closeChart();
        if (source == null) {
            return;
        }
        MetricChartViewModel model = new MetricChartViewModel(source, tile.spec(), io, fx, clock, pinboard);
        chart.set(model);
        model.load();
    }

    public void closeChart() {
        MetricChartViewModel open = chart.get();
        if (open != null) {
            open.cancel();
            chart.set(null);
        }
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        cancelRound();
        if (source != null) {
            source.close();
        }
    }

    public ObjectProperty<MetricsLayout> layoutProperty() {
        return layout;
    }

    /** The service shown in the one-service layout. */
    public ObjectProperty<String> serviceProperty() {
        return service;
    }

    public ObjectProperty<RefreshInterval> intervalProperty() {
        return interval;
    }

    public ObjectProperty<ComparePeriod> comparePeriodProperty() {
        return comparePeriod;
    }

    /** Bound by the view to the window's iconified state: no queries while nobody can see the tiles. */
    public BooleanProperty windowMinimisedProperty() {
        return windowMinimised;
    }

    /** False while another section is on screen: the tiles then stop asking too. */
    public BooleanProperty onScreenProperty() {
        return onScreen;
    }

    public ObservableList<String> services() {
        return servicesView;
    }

    public ObservableList<TileModel> tiles() {
        return tilesView;
    }

    /** Why there are no tiles (no Prometheus, no services), or null when there can be. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** An outage worth a banner (Prometheus unreachable, timing out), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RefreshTiming> lastRefreshProperty() {
        return lastRefresh.getReadOnlyProperty();
    }

    /** The open chart, or null. */
    public ReadOnlyObjectProperty<MetricChartViewModel> chartProperty() {
        return chart.getReadOnlyProperty();
    }
}
