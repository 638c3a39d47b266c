package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.ClusterSource;
import dev.vigil.connectors.kubernetes.LogRequest;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.CoalescingBuffer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Logs of the open pod: container, previous instance, tail, since, timestamps, wrap, follow and
 * search, or of all pods of its workload merged by time and coloured by pod. Followed lines go
 * through a coalescing buffer (keyed by sequence number, so nothing is dropped) into a bounded ring,
 * so a chatty pod costs one append per pulse and flat memory.
 */
public final class PodLogsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PodLogsViewModel.class);
    public static final int RING_CAPACITY = 20_000;

    private final ClusterViewModel cluster;
    private final ExecutorService io;
    private final Executor fx;
    private final ScheduledExecutorService timer;
    private final LogLines lines = new LogLines(RING_CAPACITY);
    private final AtomicLong seq = new AtomicLong();

    private final ReadOnlyObjectWrapper<PodSummary> pod = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> containers = FXCollections.observableArrayList();
    private final ObjectProperty<String> container = new SimpleObjectProperty<>();
    private final BooleanProperty previous = new SimpleBooleanProperty();
    private final IntegerProperty tailLines = new SimpleIntegerProperty(500);
    private final IntegerProperty sinceSeconds = new SimpleIntegerProperty(0);
    private final BooleanProperty timestamps = new SimpleBooleanProperty();
    private final BooleanProperty wrap = new SimpleBooleanProperty();
    private final BooleanProperty follow = new SimpleBooleanProperty();
    private final BooleanProperty allPods = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper workload = new ReadOnlyStringWrapper("");
    private final ObservableList<String> mergedPods = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper matches = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> loading = new ReadOnlyObjectWrapper<>(false);

    private BackgroundTask.Handle reading;
    private final List<AutoCloseable> following = new ArrayList<>();
    private long generation;

    public PodLogsViewModel(ClusterViewModel cluster, ExecutorService io, Executor fx, ScheduledExecutorService timer) {
        this.cluster = cluster;
        this.io = io;
        this.fx = fx;
        this.timer = timer;
        search.addListener((o, a, b) -> countMatches());
        lines.addListener((javafx.collections.ListChangeListener<LogLine>) c -> countMatches());
    }

    /** Shows the logs of a pod with these containers (the first one picked); null stops. */
    public void open(PodSummary p, List<String> containerNames) {
        pod.set(p);
        workload.set(p == null || p.ownerKind() == null || p.ownerKind().equals("Node") ? "" : p.ownerText());
        containers.setAll(containerNames);
        container.set(containerNames.isEmpty() ? null : containerNames.getFirst());
        reload();
    }

    /** Reads again with the current options (the view calls it when an option changes). */
    public void reload() {
        stop();
        long gen = ++generation;
        lines.replace(List.of());
        PodSummary p = pod.get();
        ClusterSource source = cluster.sourceProperty().get();
        if (p == null || source == null) {
            return;
        }
        LogRequest request = new LogRequest(p.namespace(), p.name(), container.get(), previous.get(),
                tailLines.get(), sinceSeconds.get(), timestamps.get());
        message.set("");
        loading.set(true);
        if (allPods.get() && !workload.get().isEmpty()) {
            readMerged(p, request, source, gen);
            return;
        }
        mergedPods.clear();
        if (follow.get() && !previous.get()) {
            CoalescingBuffer<Long, String> buffer = new CoalescingBuffer<>(fx, timer, batch -> {
                if (gen == generation) {
                    List<LogLine> add = new ArrayList<>(batch.size());
                    batch.forEach((n, text) -> add.add(new LogLine(n, p.name(), 0, text)));
                    lines.append(add);
                    loading.set(false);
                }
            });
            reading = BackgroundTask.of(() -> source.followLogs(request, line -> buffer.offer(seq.incrementAndGet(), line),
                            error -> fx.execute(() -> {
                                if (gen == generation) {
                                    message.set(error == null ? "Log stream ended" : "Log stream ended: " + error.getMessage());
                                }
                            })))
                    .onSuccess(handle -> {
                        if (gen == generation) {
                            following.add(handle);
                        } else {
                            closeQuietly(handle);
                        }
                        loading.set(false);
                    })
                    .onError(e -> {
                        message.set(e.getMessage());
                        loading.set(false);
                    })
                    .start(io, fx);
        } else {
            reading = BackgroundTask.of(() -> source.logs(request))
                    .onSuccess(text -> {
                        List<LogLine> add = new ArrayList<>(text.size());
                        for (String t : text) {
                            add.add(new LogLine(seq.incrementAndGet(), p.name(), 0, t));
                        }
                        lines.replace(add);
                        if (text.isEmpty()) {
                            message.set("No log lines" + (previous.get() ? " from a previous container" : ""));
                        }
                    })
                    .onError(e -> message.set(e.getMessage()))
                    .andFinally(() -> loading.set(false))
                    .start(io, fx);
        }
    }

    /** Stops reading and following (pane closed, other pod, options changed). */
    public void stop() {
        if (reading != null) {
            reading.cancel();
            reading = null;
        }
        following.forEach(PodLogsViewModel::closeQuietly);
        following.clear();
    }

    /** All pods of the open pod's workload, merged by time; following keeps each pod's stream open. */
    private void readMerged(PodSummary p, LogRequest request, ClusterSource source, long gen) {
        List<PodSummary> owned = cluster.podsOf(p.namespace(), p.ownerKind(), p.ownerName());
        List<PodSummary> targets = MergedLogs.targets(owned.isEmpty() ? List.of(p) : owned);
        mergedPods.setAll(targets.stream().map(PodSummary::name).toList());
        boolean shownTimestamps = timestamps.get();
        String capped = owned.size() > targets.size() ? " (the first " + targets.size() + " of " + owned.size() + " pods)" : "";
        reading = BackgroundTask.of(() -> MergedLogs.read(source, targets, request, shownTimestamps))
                .onSuccess(timed -> {
                    List<LogLine> add = new ArrayList<>(timed.size());
                    for (MergedLogs.Timed t : timed) {
                        add.add(new LogLine(seq.incrementAndGet(), t.pod(), t.colour(), t.text()));
                    }
                    lines.replace(add);
                    message.set(timed.isEmpty() ? "No log lines from the pods of " + workload.get() : capped.isEmpty() ? "" : "Showing" + capped);
                    if (follow.get() && !previous.get()) {
                        followMerged(targets, request, source, gen, shownTimestamps);
                    }
                })
                .onError(e -> message.set(e.getMessage()))
                .andFinally(() -> loading.set(false))
                .start(io, fx);
    }

    private void followMerged(List<PodSummary> targets, LogRequest request, ClusterSource source, long gen, boolean shownTimestamps) {
        CoalescingBuffer<Long, MergedLogs.Timed> buffer = new CoalescingBuffer<>(fx, timer, batch -> {
            if (gen == generation) {
                // Lines of one pulse are put in time order; lines of different pulses keep their arrival order.
                List<MergedLogs.Timed> sorted = new ArrayList<>(batch.values());
                sorted.sort(java.util.Comparator.comparing(MergedLogs.Timed::at, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
                List<LogLine> add = new ArrayList<>(sorted.size());
                sorted.forEach(t -> add.add(new LogLine(seq.incrementAndGet(), t.pod(), t.colour(), t.text())));
                lines.append(add);
            }
        });
        for (int i = 0; i < targets.size(); i++) {
            PodSummary t = targets.get(i);
            int colour = i % MergedLogs.COLOURS;
            // Only new lines: the tail was read already.
            LogRequest r = new LogRequest(t.namespace(), t.name(), request.container(), false, 0, 1, true);
            BackgroundTask.of(() -> source.followLogs(r, line -> buffer.offer(seq.incrementAndGet(),
                            MergedLogs.timed(t.name(), colour, line, shownTimestamps)), error -> fx.execute(() -> {
                                if (gen == generation) {
                                    message.set("Log stream of " + t.name() + " ended" + (error == null ? "" : ": " + error.getMessage()));
                                }
                            })))
                    .onSuccess(handle -> {
                        if (gen == generation) {
                            following.add(handle);
                        } else {
                            closeQuietly(handle);
                        }
                    })
                    .onError(e -> message.set(t.name() + ": " + e.getMessage()))
                    .start(io, fx);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("closing log stream", e);
        }
    }

    private void countMatches() {
        String q = search.get();
        if (q == null || q.isBlank()) {
            matches.set(0);
            return;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        int n = 0;
        for (LogLine l : lines) {
            if (l.text().toLowerCase(Locale.ROOT).contains(needle)) {
                n++;
            }
        }
        matches.set(n);
    }

    /** True when a line matches the search (the view highlights it). */
    public boolean matches(LogLine line) {
        String q = search.get();
        return q != null && !q.isBlank() && line.text().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT));
    }

    public ObservableList<LogLine> lines() {
        return lines;
    }

    public ObservableList<String> containers() {
        return containers;
    }

    public ObjectProperty<String> containerProperty() {
        return container;
    }

    public BooleanProperty previousProperty() {
        return previous;
    }

    public IntegerProperty tailLinesProperty() {
        return tailLines;
    }

    public IntegerProperty sinceSecondsProperty() {
        return sinceSeconds;
    }

    public BooleanProperty timestampsProperty() {
        return timestamps;
    }

    public BooleanProperty wrapProperty() {
        return wrap;
    }

    public BooleanProperty followProperty() {
        return follow;
    }

    /** Show all pods of the open pod's workload, merged by time and coloured by pod. */
    public BooleanProperty allPodsProperty() {
        return allPods;
    }

    /** The open pod's workload ("Deployment/checkout"), empty when it has none to merge. */
    public ReadOnlyStringProperty workloadProperty() {
        return workload.getReadOnlyProperty();
    }

    /** The pods of the merged view in colour order (empty when showing one pod). */
    public ObservableList<String> mergedPods() {
        return FXCollections.unmodifiableObservableList(mergedPods);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyIntegerProperty matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PodSummary> podProperty() {
        return pod.getReadOnlyProperty();
    }
}
