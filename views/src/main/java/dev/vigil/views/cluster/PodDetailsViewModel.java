package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.ClusterEvent;
import dev.vigil.connectors.kubernetes.ClusterSource;
import dev.vigil.connectors.kubernetes.LogRequest;
import dev.vigil.connectors.kubernetes.PodDetails;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.EvidenceDraft;
import dev.vigil.views.common.Pinboard;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * The pod opened from the table: its details from the cache, its live events (filtered from the
 * cluster's event stream, so they update as they happen) and "Pin to incident".
 */
public final class PodDetailsViewModel {

    static final int PINNED_LOG_LINES = 200;

    private final ClusterViewModel cluster;
    private final Pinboard pinboard;
    private final ExecutorService io;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<PodSummary> pod = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PodDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final FilteredList<ClusterEvent> podEvents;
    private final SortedList<ClusterEvent> podEventsNewestFirst;
    private BackgroundTask.Handle loading;

    public PodDetailsViewModel(ClusterViewModel cluster, Pinboard pinboard, ExecutorService io, Executor fx) {
        this.cluster = cluster;
        this.pinboard = pinboard;
        this.io = io;
        this.fx = fx;
        podEvents = new FilteredList<>(cluster.workloads().events(), e -> false);
        podEventsNewestFirst = new SortedList<>(podEvents,
                Comparator.comparing(ClusterEvent::lastSeen, Comparator.nullsLast(Comparator.reverseOrder())));
    }

    /** Opens a pod (null closes the pane). */
    public void open(PodSummary p) {
        if (loading != null) {
            loading.cancel();
        }
        pod.set(p);
        details.set(null);
        message.set("");
        if (p == null) {
            podEvents.setPredicate(e -> false);
            return;
        }
        podEvents.setPredicate(e -> e.about("Pod", p.namespace(), p.name()));
        ClusterSource source = cluster.sourceProperty().get();
        if (source == null) {
            message.set("Not connected to the cluster");
            return;
        }
        loading = BackgroundTask.of(() -> source.podDetails(p.namespace(), p.name()))
                .onSuccess(details::set)
                .onError(e -> message.set(e.getMessage()))
                .start(io, fx);
    }

    /** The open pod changed: show its new summary at once and read its details again. */
    void refresh(PodSummary changed) {
        ClusterSource source = cluster.sourceProperty().get();
        if (source == null || pod.get() == null) {
            return;
        }
        pod.set(changed);
        if (loading != null) {
            loading.cancel();
        }
        loading = BackgroundTask.of(() -> source.podDetails(changed.namespace(), changed.name()))
                .onSuccess(details::set)
                .onError(e -> message.set(e.getMessage()))
                .start(io, fx);
    }

    public BooleanBinding canPin() {
        return Bindings.createBooleanBinding(() -> pod.get() != null && pinboard.activeIncidentProperty().get() != null,
                pod, pinboard.activeIncidentProperty());
    }

    /** Where this section pins evidence (the feed of changes pins there too). */
    Pinboard pinboard() {
        return pinboard;
    }

    /** Why pinning is off, for the button's tooltip. */
    public String pinHint() {
        return pinboard.activeIncidentProperty().get() == null
                ? "Open an incident to pin evidence to it" : "Pin to " + pinboard.activeIncidentProperty().get().title();
    }

    /** Pins status, restarts, the last events and the last 200 log lines as evidence. */
    public void pin() {
        PodSummary p = pod.get();
        ClusterSource source = cluster.sourceProperty().get();
        if (p == null || source == null || pinboard.activeIncidentProperty().get() == null) {
            return;
        }
        List<ClusterEvent> events = List.copyOf(podEventsNewestFirst);
        message.set("Pinning…");
        BackgroundTask.of(() -> evidence(p, events, source))
                .onSuccess(draft -> pinboard.pin(draft,
                        incident -> message.set("Pinned to " + incident.title()),
                        e -> message.set("Could not pin: " + e.getMessage())))
                .onError(e -> message.set("Could not pin: " + e.getMessage()))
                .start(io, fx);
    }

    static EvidenceDraft evidence(PodSummary p, List<ClusterEvent> events, ClusterSource source) {
        String logs;
        try {
            logs = String.join("\n", source.logs(LogRequest.tail(p.namespace(), p.name(), PINNED_LOG_LINES)));
        } catch (RuntimeException e) {
            logs = "(logs unavailable: " + e.getMessage() + ")";
        }
        String summary = "Status " + p.statusText() + ", ready " + p.readyText() + ", " + p.restarts() + " restarts"
                + (p.lastRestart() == null ? "" : " (last " + p.lastRestart() + ")")
                + ", node " + (p.node() == null ? "none" : p.node()) + (p.ownerKind() == null ? "" : ", owner " + p.ownerText());
        String eventText = events.stream().limit(20)
                .map(e -> e.lastSeen() + " " + e.type() + " " + e.reason() + " (x" + e.count() + "): " + e.message())
                .collect(Collectors.joining("\n"));
        Map<String, String> attachments = new LinkedHashMap<>();
        attachments.put("events.txt", eventText);
        attachments.put("logs.txt", logs);
        return new EvidenceDraft("pod", "pod " + p.key() + " " + p.statusText(), summary,
                "cluster:" + source.name() + ":" + p.key(), attachments);
    }

    public ReadOnlyObjectProperty<PodSummary> podProperty() {
        return pod.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PodDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<ClusterEvent> events() {
        return podEventsNewestFirst;
    }
}
