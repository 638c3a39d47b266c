package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.ClusterEvent;
import dev.vigil.connectors.kubernetes.ClusterListener;
import dev.vigil.connectors.kubernetes.ClusterSource;
import dev.vigil.connectors.kubernetes.ClusterStatus;
import dev.vigil.connectors.kubernetes.ConnectionState;
import dev.vigil.connectors.kubernetes.DeploymentSummary;
import dev.vigil.connectors.kubernetes.NodeSummary;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.environments.Environment;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.CoalescingBuffer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The Cluster section's state: the connection of the active environment, every pod in rows that
 * change at most ten times a second ({@link #POD_ROWS_INTERVAL}), already filtered and sorted
 * ({@link PodTableRows}), the summary strip, the nodes and the CPU and memory figures. Pods, nodes, deployments and events arrive on the
 * connector's threads and go through coalescing buffers; nothing here runs per event on the FX thread.
 */
public final class ClusterViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterViewModel.class);
    static final Duration RECENT_RESTART = Duration.ofMinutes(30);

    private final ClusterSourceOpener opener;
    private final PodUsageSources usageSources;
    private final ExecutorService io;
    private final Executor fx;
    private final ScheduledExecutorService timer;
    private final Clock clock;

    private List<PodColumn.SortKey> sort = PodColumn.DEFAULT_SORT;
    private final PodTableRows rows;
    private final ReadOnlyLongWrapper rowStates = new ReadOnlyLongWrapper(this, "rowStates");
    // The pods of the last batch that told rowStates: only their rows have something new to draw.
    private Set<String> restated = Set.of();
    // The rows' order, readable from the thread that sorts a first list.
    private volatile Comparator<PodSummary> currentOrder;
    private final StringProperty filterText = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<PodFilter> filter = new ReadOnlyObjectWrapper<>(PodFilter.ALL);
    private final ReadOnlyObjectWrapper<ClusterStatus> status = new ReadOnlyObjectWrapper<>(
            new ClusterStatus(ConnectionState.CLOSED, "no cluster", Instant.EPOCH));
    private final ReadOnlyObjectWrapper<PodCounts> counts = new ReadOnlyObjectWrapper<>(PodCounts.ZERO);
    private final ReadOnlyObjectWrapper<Environment> environment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ClusterSource> source = new ReadOnlyObjectWrapper<>();
    private final WorkloadsModel workloads;
    // The summary strip's figures, status texts, recent restarts and pods per node; FX thread (a first list's is built on the connector's).
    private PodTally tally = new PodTally();
    private final NodesModel nodes = new NodesModel(node -> tally.podsOn(node));
    private final PodUsageModel usage;
    // The longest status text a pod shows: the Status column widens to it.
    private final ReadOnlyStringWrapper longestStatus = new ReadOnlyStringWrapper("");

    private Consumer<PodSummary> podChanged = p -> { };
    private BackgroundTask.Handle opening;
    private AutoCloseable watch;
    /**
     * How often pod changes reach the table at most. A big cluster changes hundreds of pods a second;
     * applied every pulse, a sorted table's top rows would shift 60 times a second (unreadable, and
     * every shift redraws every visible row), while 100 ms still reads as instant. While the window is
     * behind (batches late and slow to apply), the buffer spaces them out further, up to four times
     * this ({@link CoalescingBuffer#atMostEvery}). The bench can try others with
     * {@code -Dvigil.podRowsMs=N} (docs/benchmarks.md, pods).
     */
    static final Duration POD_ROWS_INTERVAL = Duration.ofMillis(Long.getLong("vigil.podRowsMs", 100));
    /** Pods of a first list sorted together while it streams in (see the cluster listener). */
    static final int FIRST_LIST_RUN = 4096;
    // Ages and "restarted 3m ago" read the clock: the rows are told once a second while a cluster is watched.
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private ScheduledFuture<?> clockTicker;
    private long generation;

    public ClusterViewModel(ClusterSourceOpener opener, ExecutorService io, Executor fx, ScheduledExecutorService timer, Clock clock) {
        this(opener, PodUsageSources.NONE, io, fx, timer, clock);
    }

    public ClusterViewModel(ClusterSourceOpener opener, PodUsageSources usageSources, ExecutorService io, Executor fx,
                            ScheduledExecutorService timer, Clock clock) {
        this.opener = Objects.requireNonNull(opener);
        this.usageSources = Objects.requireNonNull(usageSources);
        this.io = Objects.requireNonNull(io);
        this.fx = Objects.requireNonNull(fx);
        this.timer = Objects.requireNonNull(timer);
        this.clock = Objects.requireNonNull(clock);
        // Big moves of rows are worked out on the io threads; the FX thread swaps them in.
        this.rows = new PodTableRows(PodColumn.order(sort, PodUsageTable.NONE), PodTableRows.SETTLE_NANOS, System::nanoTime, io, fx);
        this.currentOrder = rows.order();
        this.workloads = new WorkloadsModel(clock);
        this.usage = new PodUsageModel(io, fx, timer, () -> Set.copyOf(filter.get().namespaces()));
        filterText.addListener((obs, old, text) -> {
            PodFilter f = PodFilter.parse(text);
            boolean namespacesChanged = !f.namespaces().equals(filter.get().namespaces());
            filter.set(f);
            rows.setFilter(f.matchesAll() ? null : f);
            if (namespacesChanged) {
                usage.refreshSoon();
            }
        });
        usage.tableProperty().addListener((o, old, table) -> {
            if (PodColumn.usesUsage(sort)) {
                order(PodColumn.order(sort, table));
            }
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
        tally = new PodTally();
        longestStatus.set("");
        counts.set(PodCounts.ZERO);
        workloads.clear();
        nodes.clear();
        environment.set(env);
        source.set(null);
        usage.use(null);
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
                        clockTicker = timer.scheduleAtFixedRate(() -> fx.execute(() -> {
                            if (gen == generation) {
                                // The rows that waited to move (at most a second) move now; the ages count on with them.
                                rows.settle(() -> now.set(clock.instant()));
                            }
                        }), 1, 1, TimeUnit.SECONDS);
                        openUsage(env, gen);
                    }
                })
                .onError(e -> {
                    if (gen == generation) {
                        status.set(new ClusterStatus(ConnectionState.MISCONFIGURED, e.getMessage(), clock.instant()));
                    }
                })
                .start(io, fx);
    }

    /** The CPU and memory source opens off the FX thread too (it may read credentials). */
    private void openUsage(Environment env, long gen) {
        BackgroundTask.of(() -> usageSources.open(env))
                .onSuccess(u -> {
                    if (gen == generation) {
                        usage.use(u.orElse(null));
                    } else {
                        u.ifPresent(dev.vigil.connectors.kubernetes.PodUsageSource::close);
                    }
                })
                .onError(e -> LOG.warn("no CPU and memory figures for {}: {}", env.name(), e.toString()))
                .start(io, fx);
    }

    private ClusterListener listener(long gen) {
        CoalescingBuffer<String, Optional<PodSummary>> podBuffer = CoalescingBuffer.atMostEvery(POD_ROWS_INTERVAL, fx, timer, batch -> {
            if (gen == generation) {
                applyPods(batch);
            }
        });
        CoalescingBuffer<String, Optional<NodeSummary>> nodeBuffer = new CoalescingBuffer<>(fx, timer, batch -> {
            if (gen == generation) {
                nodes.apply(batch);
            }
        });
        // The past rollouts are read once per connection, when it is live (replica sets listed) and has deployments.
        boolean[] historiesRead = {false};
        Runnable pastRollouts = () -> {
            if (!historiesRead[0] && !workloads.deployments().isEmpty() && status.get() != null
                    && status.get().state() == ConnectionState.CONNECTED) {
                historiesRead[0] = true;
                readPastRollouts(gen);
            }
        };
        CoalescingBuffer<String, Optional<DeploymentSummary>> deploymentBuffer = new CoalescingBuffer<>(fx, timer, batch -> {
            if (gen == generation) {
                workloads.applyDeployments(batch);
                pastRollouts.run();
            }
        });
        CoalescingBuffer<String, ClusterEvent> eventBuffer = new CoalescingBuffer<>(fx, timer, batch -> {
            if (gen == generation) {
                workloads.applyEvents(batch.values());
            }
        });
        CoalescingBuffer<String, ClusterStatus> statusBuffer = new CoalescingBuffer<>(fx, timer, batch -> {
            if (gen == generation) {
                batch.values().forEach(status::set);
                pastRollouts.run();
            }
        });
        return new ClusterListener() {
            // The first list is held here, on the connector's thread, then sorted on a background thread
            // and shown in one step: one sort of every row, none of it on the FX thread, instead of one
            // per pulse while tens of thousands stream in. Changes arriving meanwhile wait here too.
            private Map<String, Optional<PodSummary>> held = new HashMap<>();
            private boolean listed;
            // While the list streams in, every FIRST_LIST_RUN pods are sorted on the io pool (the connector's
            // thread parses; the other core is mostly idle): at the end only sorted runs are merged.
            private ArrayList<PodSummary> run = new ArrayList<>(FIRST_LIST_RUN);
            private final List<CompletableFuture<List<PodSummary>>> runs = new ArrayList<>();
            // The first list's pods by key, kept as they come (a loop over 50,000 pods run once afterwards
            // stays interpreted: ~100 ms per pass), and whether one came twice or went while listing.
            private final Map<String, PodSummary> firstPods = new HashMap<>();
            private boolean restatedWhileListing;
            // The first list's figures, counted here pod by pod as they come (see PodTally); the FX thread adopts them.
            private final PodTally firstTally = new PodTally();

            @Override
            public void pod(String key, PodSummary pod) {
                synchronized (this) {
                    if (held != null) {
                        held.put(key, Optional.ofNullable(pod));
                        if (!listed) {
                            PodSummary was = pod == null ? firstPods.remove(key) : firstPods.put(key, pod);
                            restatedWhileListing |= was != null || pod == null;
                            firstTally.change(key, was, pod, clock.instant().minus(RECENT_RESTART));
                            if (pod != null) {
                                run.add(pod);
                                if (run.size() == FIRST_LIST_RUN) {
                                    runs.add(sortRun(run));
                                    run = new ArrayList<>(FIRST_LIST_RUN);
                                }
                            }
                        }
                        return;
                    }
                }
                podBuffer.offer(key, Optional.ofNullable(pod));
            }

            private CompletableFuture<List<PodSummary>> sortRun(ArrayList<PodSummary> pods) {
                Comparator<PodSummary> order = currentOrder;
                try {
                    return CompletableFuture.supplyAsync(() -> {
                        pods.sort(order);
                        return pods;
                    }, io);
                } catch (RejectedExecutionException e) {
                    return CompletableFuture.completedFuture(pods); // closing: the final sort sorts it, if it comes to that
                }
            }

            @Override
            public void podsListed() {
                Map<String, Optional<PodSummary>> first;
                List<CompletableFuture<List<PodSummary>>> sorting;
                boolean restated;
                synchronized (this) {
                    if (listed) {
                        return;
                    }
                    listed = true;
                    first = held;
                    held = new HashMap<>();
                    runs.add(sortRun(run));
                    run = null;
                    sorting = List.copyOf(runs);
                    runs.clear();
                    restated = restatedWhileListing;
                }
                Comparator<PodSummary> order = currentOrder;
                CompletableFuture.allOf(sorting.toArray(CompletableFuture[]::new)).handleAsync((done, failed) -> {
                    // A run that failed to sort (it cannot with a total order) costs a full sort, not the list.
                    PodTableRows.Prepared prepared = failed == null
                            ? PodTableRows.prepare(firstPods, sorting.stream().map(CompletableFuture::join).toList(), restated, order)
                            : PodTableRows.prepare(first, order);
                    fx.execute(() -> {
                        Map<String, Optional<PodSummary>> later;
                        PodTally listedTally;
                        synchronized (this) {
                            later = held;
                            held = null;
                            listedTally = firstTally;
                        }
                        if (gen == generation) {
                            showFirstList(listedTally, prepared);
                            applyPods(later);
                            rows.rehearse();
                        }
                    });
                    return null;
                }, io);
            }

            @Override
            public void node(String name, NodeSummary node) {
                nodeBuffer.offer(name, Optional.ofNullable(node));
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

    /** Once the deployments are in: the rollouts of the last hours from their revision histories, read off the FX thread. */
    private void readPastRollouts(long gen) {
        ClusterSource s = source.get();
        List<DeploymentSummary> listed = List.copyOf(workloads.deployments());
        if (s == null || listed.isEmpty()) {
            return;
        }
        BackgroundTask.of(() -> {
                    Map<DeploymentSummary, List<dev.vigil.connectors.kubernetes.RevisionSummary>> histories = new HashMap<>();
                    for (DeploymentSummary d : listed) {
                        histories.put(d, s.history(d.namespace(), d.name()));
                    }
                    return histories;
                })
                .onSuccess(histories -> {
                    if (gen == generation) {
                        workloads.addPastRollouts(histories);
                    }
                })
                .onError(e -> LOG.debug("no past rollouts for the changes feed: {}", e.toString()))
                .start(io, fx);
    }

    /**
     * The first list, already sorted and counted: its figures and rows adopted as they are (the rows
     * and figures are empty then: {@link #show} cleared them, and changes since waited for this).
     */
    private void showFirstList(PodTally listed, PodTableRows.Prepared prepared) {
        tally = listed;
        counts.set(tally.counts());
        longestStatus.set(tally.longestStatus());
        rows.adopt(prepared);
    }

    /** One pulse's worth of pod changes: rows, counts, nodes and the changes feed, in one pass. */
    void applyPods(Map<String, Optional<PodSummary>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Instant now = count(batch);
        rows.apply(batch);
        if (rows.unsettled()) {
            restated = batch.keySet();
            rowStates.set(rowStates.get() + 1);
            restated = Set.of();
        }
        workloads.podBatchDone(now);
    }

    /** The summary strip, status texts, pods per node and crash feed for a batch, before the rows change. */
    private Instant count(Map<String, Optional<PodSummary>> batch) {
        Instant now = clock.instant();
        Instant recent = now.minus(RECENT_RESTART);
        boolean statusesChanged = false;
        for (var e : batch.entrySet()) {
            PodSummary old = rows.byKey(e.getKey());
            PodSummary next = e.getValue().orElse(null);
            statusesChanged |= tally.change(e.getKey(), old, next, recent);
            if (old != null) {
                workloads.podChanged(old, next, now);
                if (next != null) {
                    podChanged.accept(next);
                }
            }
        }
        counts.set(tally.counts());
        if (statusesChanged) {
            longestStatus.set(tally.longestStatus());
        }
        return now;
    }

    /** Sorts the rows by these columns (the table's header); one permutation of the rows. */
    void sortBy(List<PodColumn.SortKey> keys) {
        sort = keys.isEmpty() ? PodColumn.DEFAULT_SORT : List.copyOf(keys);
        order(PodColumn.order(sort, usage.tableProperty().get()));
    }

    private void order(Comparator<PodSummary> order) {
        currentOrder = order;
        rows.setOrder(order);
    }

    List<PodColumn.SortKey> sort() {
        return sort;
    }

    private void stopWatching() {
        if (clockTicker != null) {
            clockTicker.cancel(false);
            clockTicker = null;
        }
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception e) {
                LOG.debug("closing cluster watch", e);
            }
            watch = null;
        }
    }

    /** Told of every changed pod once per batch (the inspector refreshes the open one). FX thread. */
    void setPodChangeListener(Consumer<PodSummary> listener) {
        this.podChanged = Objects.requireNonNull(listener);
    }

    /** Stops the watch (window closing); the connection itself belongs to its opener. */
    public void close() {
        generation++;
        stopWatching();
        usage.close();
    }

    /** The pods on screen: filtered and sorted, changed at most once per {@link #POD_ROWS_INTERVAL}. */
    public ObservableList<PodSummary> pods() {
        return rows;
    }

    /** Every pod known, unfiltered (read-only; the bench and tests read it). */
    public Collection<PodSummary> allPods() {
        return rows.all();
    }

    /** The pod of that key, filtered or not; null when unknown. */
    public PodSummary pod(String key) {
        return rows.byKey(key);
    }

    /** Every pod of a workload (namespace, owner kind and name as the Owner column shows them). */
    public List<PodSummary> podsOf(String namespace, String ownerKind, String ownerName) {
        List<PodSummary> out = new ArrayList<>();
        for (PodSummary p : rows.all()) {
            if (namespace.equals(p.namespace()) && ownerKind.equals(p.ownerKind()) && ownerName.equals(p.ownerName())) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether {@link #pods()} is telling its listeners of a change right now (a selection moving then is not the user's). */
    boolean rowsChanging() {
        return rows.telling();
    }

    /** {@code before} runs just before {@link #pods()} tells of a move of rows, {@code after} once it has (see PodTableRows.aroundMoves). */
    void aroundRowMoves(Runnable before, Runnable after) {
        rows.aroundMoves(before, after);
    }

    /** Whether some pods wait to move to their rows, or a move is on its way; for tests. */
    boolean rowsWaiting() {
        return rows.unsettled();
    }

    /** The row of a pod in {@link #pods()}, -1 when hidden by the filter or gone. */
    public int rowOf(String key) {
        return rows.indexOf(key);
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyObjectProperty<PodFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /**
     * Counts batches whose pods changed without their rows moving yet: the rows of those pods
     * ({@link #restated}, while the count's listeners run) draw their pods' new state where they are.
     */
    public ReadOnlyLongProperty rowStatesProperty() {
        return rowStates.getReadOnlyProperty();
    }

    /** Whether the pod of that key is in the batch that {@link #rowStatesProperty} is telling of right now. */
    boolean restated(String key) {
        return restated.contains(key);
    }

    /** The clock, read once a second while a cluster is watched (what ages on screen are counted to). */
    ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
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

    public NodesModel nodes() {
        return nodes;
    }

    /** True while the section is on screen: CPU and memory are asked for only then. The app binds it. */
    public BooleanProperty onScreenProperty() {
        return usage.onScreenProperty();
    }

    ReadOnlyObjectProperty<PodUsageTable> usageProperty() {
        return usage.tableProperty();
    }

    /** The environment has a CPU and memory source (the table shows those columns). */
    public ReadOnlyBooleanProperty usageAvailableProperty() {
        return usage.availableProperty();
    }

    /** Why CPU and memory are missing, empty when they are fine. */
    public ReadOnlyStringProperty usageMessageProperty() {
        return usage.messageProperty();
    }

    /** The longest status text of any pod: the Status column is made wide enough for it. */
    public ReadOnlyStringProperty longestStatusProperty() {
        return longestStatus.getReadOnlyProperty();
    }

    Clock clock() {
        return clock;
    }
}
