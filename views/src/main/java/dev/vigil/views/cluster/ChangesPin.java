package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.ClusterSource;
import dev.vigil.views.common.EvidenceDraft;
import dev.vigil.views.common.Pinboard;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Pins the "what changed" feed as it stands to the active incident, so the answer to an outage's first
 * question — what changed? — sits on the incident's timeline with the rest of the evidence: the newest
 * changes in the summary, all of them in {@code changes.txt}. FX thread.
 */
public final class ChangesPin {

    /** Changes named in the summary (what the incident's evidence card and a drill's cause check read). */
    static final int SUMMARY_LINES = 5;
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final String[][] KINDS = {{"rollout", "rollout", "rollouts"}, {"restart", "rollout restart", "rollout restarts"},
            {"scale", "scale change", "scale changes"}, {"crash", "crash", "crashes"}};

    private final ClusterViewModel cluster;
    private final Pinboard pinboard;
    private final Clock clock;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ChangesPin(ClusterViewModel cluster, Pinboard pinboard, Clock clock) {
        this.cluster = cluster;
        this.pinboard = pinboard;
        this.clock = clock;
    }

    /** True while an incident is open and the feed has something to pin. */
    public BooleanBinding canPin() {
        return Bindings.createBooleanBinding(() -> pinboard.activeIncidentProperty().get() != null
                        && !cluster.workloads().changes().isEmpty() && cluster.sourceProperty().get() != null,
                pinboard.activeIncidentProperty(), cluster.workloads().changes(), cluster.sourceProperty());
    }

    /** Why the button is off, or where it pins: for its tooltip. */
    public String hint() {
        Pinboard.ActiveIncident active = pinboard.activeIncidentProperty().get();
        return active == null ? "Open an incident to pin what changed to it" : "Pin the feed as it is now to " + active.title();
    }

    public void pin() {
        ClusterSource source = cluster.sourceProperty().get();
        List<ChangeItem> changes = List.copyOf(cluster.workloads().changes());
        if (source == null || changes.isEmpty() || pinboard.activeIncidentProperty().get() == null) {
            return;
        }
        message.set("Pinning…");
        pinboard.pin(draft(source.name(), changes, clock.instant()),
                incident -> message.set("Pinned to " + incident.title()),
                e -> message.set("Could not pin: " + e.getMessage()));
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The evidence: counts by kind in the title, the newest changes in the summary, every change attached. */
    static EvidenceDraft draft(String clusterName, List<ChangeItem> newestFirst, Instant now) {
        Map<String, Long> counts = newestFirst.stream().collect(Collectors.groupingBy(ChangeItem::kind, LinkedHashMap::new,
                Collectors.counting()));
        StringBuilder what = new StringBuilder();
        for (String[] kind : KINDS) {
            long n = counts.getOrDefault(kind[0], 0L);
            if (n > 0) {
                what.append(what.isEmpty() ? "" : ", ").append(n).append(' ').append(n == 1 ? kind[1] : kind[2]);
            }
        }
        String title = "What changed on " + clusterName + ": " + what + " in the last " + WorkloadsModel.FEED_WINDOW.toHours() + " h";
        String summary = newestFirst.stream().limit(SUMMARY_LINES)
                .map(c -> CLOCK_TIME.format(c.time()) + " UTC " + line(c))
                .collect(Collectors.joining("\n"))
                + (newestFirst.size() > SUMMARY_LINES ? "\n… and " + (newestFirst.size() - SUMMARY_LINES) + " more in changes.txt" : "");
        String all = newestFirst.stream().map(c -> c.time() + " " + line(c)).collect(Collectors.joining("\n")) + "\n";
        return new EvidenceDraft("changes", title, summary, "cluster:" + clusterName + ":changes@" + now,
                Map.of("changes.txt", all));
    }

    private static String line(ChangeItem c) {
        return c.kind() + " " + c.namespace() + "/" + c.target() + ": " + c.detail();
    }
}
