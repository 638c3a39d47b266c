package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.ClusterEvent;
import dev.vigil.connectors.kubernetes.ClusterListener;
import dev.vigil.connectors.kubernetes.ClusterSource;
import dev.vigil.connectors.kubernetes.ClusterStatus;
import dev.vigil.connectors.kubernetes.ConnectionState;
import dev.vigil.connectors.kubernetes.DeploymentSummary;
import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.environments.Environment;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.CoalescingBuffer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The Cluster section's state: the connection of the active environment, every pod in a list
 * that changes once per pulse, the filter and sort on top of it, and the summary strip. Pods,
 * deployments and events arrive on the connector's threads and go through coalescing buffers;
 * nothing here runs per event on the FX thread.
 */
public final class ClusterViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterViewModel.class);
    static final Duration RECENT_RESTART = Duration.ofMinutes(30);

    private final ClusterSourceOpener opener;
    private final ExecutorService io;
    private final Executor fx;
    private final ScheduledExecutorService timer;
    private final Clock clock;

    private final PodRows rows = new PodRows();
    private final FilteredList<PodSummary> filtered = new FilteredList<>(rows);
    private final SortedList<PodSummary> sorted = new SortedList<>(filtered);
    private final StringProperty filterText = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<PodFilter> filter = new ReadOnlyObjectWrapper<>(PodFilter.ALL);
    private final ReadOnlyObjectWrapper<ClusterStatus> status = new ReadOnlyObjectWrapper<>(
            new ClusterStatus(ConnectionState.CLOSED, "no cluster", Instant.EPOCH));
    private final ReadOnlyObjectWrapper<PodCounts> counts = new ReadOnlyObjectWrapper<>(PodCounts.ZERO);
    private final ReadOnlyObjectWrapper<Environment> environment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ClusterSource> source = new ReadOnlyObjectWrapper<>();
    private final WorkloadsModel workloads;
    private final Set<String> restarting = new HashSet<>();
    // Pods of the first list are held until it completes, then applied in one batch: one sort of the
    // whole list instead of one per pulse while tens of thousands of pods stream in.
    private final Map<String, Optional<PodSummary>> heldUntilListed = new java.util.LinkedHashMap<>();
    private boolean listed;
    private long lastHeldBatchNanos;
    static final long SETTLE_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(100);

    private java.util.function.Consumer<PodSummary> podChanged = p -> { };
    private BackgroundTask.Handle opening;
    private AutoCloseable watch;
    private long generation;

    public ClusterViewModel(ClusterSourceOpener opener, ExecutorService io, Executor fx, ScheduledExecutorService timer, Clock clock) {
        this.opener = Objects.requireNonNull(opener);
        this.io = Objects.requireNonNull(io);
        this.fx = Objects.requireNonNull(fx);
        this.timer = Objects.requireNonNull(timer);
        this.clock = Objects.requireNonNull(clock);
        this.workloads = new WorkloadsModel(clock);
        filterText.addListener((obs, old, text) -> {
            PodFilter f = PodFilter.parse(text);
            filter.set(f);
            filtered.setPredicate(f.matchesAll() ? null : f);
        });
    }

    /** Connects to the environment's cluster (closing the previous connection's watch); null disconnects. */
    public void show(Environment env) {
        if (opening != null) {
            opening.cancel();
        }
        stopWatching();
        long gen = ++generation;
        rows.clear0();
        restarting.clear();
        heldUntilListed.clear();
        listed = false;
        lastHeldBatchNanos = 0;
        counts.set(PodCounts.ZERO);
        workloads.clear();
        environment.set(env);
        source.set(null);
        // The demo environment's opener gives the simulated fleet's cluster; any other needs a context.
        if (env == null || (!env.demo() && env.kubeContext() == null)) {
            String why = env == null ? "no environment" : "Environment " + env.name() + " has no kubeContext: set one in Settings";
            status.set(new ClusterStatus(ConnectionState.MISCONFIGURED, why, clock.instant()));
            return;
        }
        status.set(new ClusterStatus(ConnectionState.CONNECTING,
                env.demo() ? "starting the simulated demo cluster" : "opening context " + env.kubeContext(), clock.instant()));
        opening = BackgroundTask.of(() -> opener.open(env))
                .onSuccess(s -> {
                    if (gen == generation) {
                        source.set(s);
                        watch = s.watch(listener(gen));
                    }
                })
                .onError(e -> {
                    if (gen == generation) {
                        status.set(new ClusterStatus(ConnectionState.MISCONFIGURED, e.getMessage(), clock.instant()));
                    }
                })
                .start(io, fx);
    }

    private ClusterListener listener(long gen) {
        CoalescingBuffer<String, Optional<PodSummary>> podBuffer = new CoalescingBuffer<>(fx, timer, batch -> {
            if (gen != generation) {
                return;
            }
            if (listed) {
                applyPods(batch);
            } else {
                heldUntilListed.putAll(batch);
                lastHeldBatchNanos = System.nanoTime();
            }
        });
        CoalescingBuffer<String, Optional<DeploymentSummary>> deploymentBuffer = new CoalescingBuffer<>(fx, timer, batch -> {
            if (gen == generation) {
                workloads.applyDeployments(batch);
            }
        });
        CoalescingBuffer<String, ClusterEvent> eventBuffer = new CoalescingBuffer<>(fx, timer, batch -> {
            if (gen == generation) {
                workloads.applyEvents(batch.values());
            }
        });
        CoalescingBuffer<String, ClusterStatus> statusBuffer = new CoalescingBuffer<>(fx, timer, batch -> {
            if (gen != generation) {
                return;
            }
            batch.values().forEach(status::set);
            if (!listed && status.get().live()) {
                releaseWhenSettled(gen);
            }
        });
        return new ClusterListener() {
            @Override
            public void pod(String key, PodSummary pod) {
                podBuffer.offer(key, Optional.ofNullable(pod));
            }

            @Override
            public void deployment(String key, DeploymentSummary deployment) {
                deploymentBuffer.offer(key, Optional.ofNullable(deployment));
            }

            @Override
            public void event(ClusterEvent event) {
                eventBuffer.offer(event.uid(), event);
            }

            @Override
            public void status(ClusterStatus s) {
                statusBuffer.offer("status", s);
            }
        };
    }

    /**
     * The informers have synced, but their handlers may still be delivering the list: wait until no
     * pod batch came for a moment, then apply everything held as one batch (one sort, not one per pulse).
     */
    private void releaseWhenSettled(long gen) {
        if (gen != generation || listed) {
            return;
        }
        if (System.nanoTime() - lastHeldBatchNanos >= SETTLE_NANOS) {
            listed = true;
            applyPods(heldUntilListed);
            heldUntilListed.clear();
            return;
        }
        timer.schedule(() -> fx.execute(() -> releaseWhenSettled(gen)), SETTLE_NANOS, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** One pulse's worth of pod changes: rows, counts and the changes feed, in one pass. */
    void applyPods(Map<String, Optional<PodSummary>> batch) {
        Instant now = clock.instant();
        PodCounts c = counts.get();
        for (var e : batch.entrySet()) {
            PodSummary old = rows.byKey(e.getKey());
            PodSummary next = e.getValue().orElse(null);
            c = c.minus(old).plus(next);
            if (next != null && next.lastRestart() != null && next.lastRestart().isAfter(now.minus(RECENT_RESTART))
                    && next.health() != PodHealth.FAILING) {
                restarting.add(e.getKey());
            } else {
                restarting.remove(e.getKey());
            }
            workloads.podChanged(old, next, now);
            if (next != null && old != null) {
                podChanged.accept(next);
            }
        }
        rows.apply(batch);
        workloads.podBatchDone(now);
        counts.set(c.withRestarting(restarting.size()));
    }

    private void stopWatching() {
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception e) {
                LOG.debug("closing cluster watch", e);
            }
            watch = null;
        }
    }

    /** Told of every changed pod once per pulse (the inspector refreshes the open one). FX thread. */
    void setPodChangeListener(java.util.function.Consumer<PodSummary> listener) {
        this.podChanged = Objects.requireNonNull(listener);
    }

    /** Stops the watch (window closing); the connection itself belongs to its opener. */
    public void close() {
        generation++;
        stopWatching();
    }

    /** The pods on screen: filtered, then sorted by the table's comparator (bind it from the view). */
    public SortedList<PodSummary> pods() {
        return sorted;
    }

    /** Every pod known, unfiltered (the bench and the summary read it). */
    public ObservableList<PodSummary> allPods() {
        return rows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyObjectProperty<PodFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClusterStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PodCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Environment> environmentProperty() {
        return environment.getReadOnlyProperty();
    }

    /** The open connection, null while connecting or when there is none. */
    public ReadOnlyObjectProperty<ClusterSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public WorkloadsModel workloads() {
        return workloads;
    }

    Clock clock() {
        return clock;
    }
}
