package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.ClusterEvent;
import dev.vigil.connectors.kubernetes.DeploymentSummary;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.RevisionSummary;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deployments, recent events and the "what changed" feed (rollouts, restarts, scale changes and
 * crash restarts of the last hours), fed in batches by {@link ClusterViewModel}. FX thread only.
 */
public final class WorkloadsModel {

    static final Duration FEED_WINDOW = Duration.ofHours(6);
    static final int MAX_EVENTS = 2_000;
    static final int MAX_CHANGES = 1_000;

    private final Clock clock;
    private final ObservableList<DeploymentSummary> deployments = FXCollections.observableArrayList();
    private final Map<String, Integer> deploymentIndex = new HashMap<>();
    private final ObservableList<ClusterEvent> events = FXCollections.observableArrayList();
    private final Map<String, Integer> eventIndex = new HashMap<>();
    // Kept newest first by inserting in place: a sorted view over it would re-sort on every trim.
    private final ObservableList<ChangeItem> changes = FXCollections.observableArrayList();
    private final List<ChangeItem> pendingCrashes = new ArrayList<>();
    private boolean deploymentsListed;

    WorkloadsModel(Clock clock) {
        this.clock = clock;
    }

    void clear() {
        deployments.clear();
        deploymentIndex.clear();
        events.clear();
        eventIndex.clear();
        changes.clear();
        deploymentsListed = false;
    }

    void applyDeployments(Map<String, Optional<DeploymentSummary>> batch) {
        Instant now = clock.instant();
        List<ChangeItem> found = new ArrayList<>();
        for (var e : batch.entrySet()) {
            Integer i = deploymentIndex.get(e.getKey());
            DeploymentSummary old = i == null ? null : deployments.get(i);
            DeploymentSummary next = e.getValue().orElse(null);
            if (next == null) {
                if (i != null) {
                    deployments.remove((int) i);
                    reindex();
                }
                continue;
            }
            if (old == null) {
                deploymentIndex.put(e.getKey(), deployments.size());
                deployments.add(next);
                // A restart stamped within the window shows even when we first see the deployment.
                if (next.restartedAt() != null && next.restartedAt().isAfter(now.minus(FEED_WINDOW))) {
                    found.add(new ChangeItem(next.restartedAt(), "restart", next.namespace(), "Deployment/" + next.name(),
                            "rollout restart"));
                }
                continue;
            }
            deployments.set(i, next);
            if (next.revision() > old.revision() && old.revision() > 0) {
                found.add(new ChangeItem(now, "rollout", next.namespace(), "Deployment/" + next.name(),
                        "revision " + old.revision() + " → " + next.revision() + (next.images().equals(old.images())
                                ? "" : ": " + String.join(", ", next.images()))));
            }
            if (next.desired() != old.desired()) {
                found.add(new ChangeItem(now, "scale", next.namespace(), "Deployment/" + next.name(),
                        "replicas " + old.desired() + " → " + next.desired()));
            }
            if (next.restartedAt() != null && !next.restartedAt().equals(old.restartedAt())) {
                found.add(new ChangeItem(next.restartedAt(), "restart", next.namespace(), "Deployment/" + next.name(),
                        "rollout restart"));
            }
        }
        deploymentsListed = true;
        addChanges(found, now);
    }

    private void reindex() {
        deploymentIndex.clear();
        for (int k = 0; k < deployments.size(); k++) {
            deploymentIndex.put(deployments.get(k).key(), k);
        }
    }

    void applyEvents(Collection<ClusterEvent> batch) {
        for (ClusterEvent e : batch) {
            Integer i = eventIndex.get(e.uid());
            if (i != null) {
                events.set(i, e);
            } else {
                eventIndex.put(e.uid(), events.size());
                events.add(e);
            }
        }
        if (events.size() > MAX_EVENTS) {
            List<ClusterEvent> keep = new ArrayList<>(events);
            keep.sort(Comparator.comparing(ClusterEvent::lastSeen, Comparator.nullsFirst(Comparator.naturalOrder())));
            keep = keep.subList(keep.size() - MAX_EVENTS, keep.size());
            events.setAll(keep);
            eventIndex.clear();
            for (int k = 0; k < events.size(); k++) {
                eventIndex.put(events.get(k).uid(), k);
            }
        }
    }

    /**
     * The rollouts of the feed's window that happened before the section connected, as the deployments'
     * revision histories tell them (each revision's replica set is created when its rollout starts): the
     * feed then answers "what changed?" for the hours before Vigil was opened too. A deployment whose
     * rollout the feed already shows (seen live) is left as it is.
     */
    void addPastRollouts(Map<DeploymentSummary, List<RevisionSummary>> histories) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(FEED_WINDOW);
        Set<String> shown = new HashSet<>();
        for (ChangeItem c : changes) {
            if (c.kind().equals("rollout")) {
                shown.add(c.namespace() + "/" + c.target());
            }
        }
        List<ChangeItem> found = new ArrayList<>();
        histories.forEach((d, revisions) -> {
            String target = "Deployment/" + d.name();
            if (shown.contains(d.namespace() + "/" + target)) {
                return;
            }
            List<RevisionSummary> newestFirst = revisions.stream()
                    .sorted(Comparator.comparingLong(RevisionSummary::revision).reversed()).toList();
            for (int k = 0; k + 1 < newestFirst.size(); k++) {
                RevisionSummary r = newestFirst.get(k);
                RevisionSummary before = newestFirst.get(k + 1);
                if (r.created() == null || r.created().isBefore(cutoff) || r.created().isAfter(now)) {
                    continue;
                }
                found.add(new ChangeItem(r.created(), "rollout", d.namespace(), target, "revision " + before.revision() + " → "
                        + r.revision() + (r.images().equals(before.images()) ? "" : ": " + String.join(", ", r.images()))));
            }
        });
        addChanges(found, now);
    }

    /** Called per pod change by the view model: a restart count going up is a crash worth listing. */
    void podChanged(PodSummary old, PodSummary next, Instant now) {
        if (old != null && next != null && next.restarts() > old.restarts()) {
            String why = next.lastTermination() == null ? "" : " (" + next.lastTermination() + ")";
            pendingCrashes.add(new ChangeItem(next.lastRestart() == null ? now : next.lastRestart(), "crash", next.namespace(),
                    "Pod/" + next.name(), "container restarted, " + next.restarts() + " restarts" + why));
        }
    }

    /** End of a pod batch: the crashes it found join the feed in one change. */
    void podBatchDone(Instant now) {
        if (!pendingCrashes.isEmpty()) {
            List<ChangeItem> found = List.copyOf(pendingCrashes);
            pendingCrashes.clear();
            addChanges(found, now);
        }
    }

    private void addChanges(List<ChangeItem> found, Instant now) {
        if (found.isEmpty()) {
            return;
        }
        List<ChangeItem> merged = new ArrayList<>(found.size() + changes.size());
        merged.addAll(found);
        merged.sort(NEWEST_FIRST);
        boolean inOrder = changes.isEmpty() || !merged.getLast().time().isBefore(changes.getFirst().time());
        if (inOrder) {
            changes.addAll(0, merged);
        } else {
            merged.addAll(changes);
            merged.sort(NEWEST_FIRST);
            changes.setAll(merged);
        }
        Instant cutoff = now.minus(FEED_WINDOW);
        int keep = changes.size();
        while (keep > 0 && (keep > MAX_CHANGES || changes.get(keep - 1).time().isBefore(cutoff))) {
            keep--;
        }
        if (keep < changes.size()) {
            changes.remove(keep, changes.size());
        }
    }

    private static final Comparator<ChangeItem> NEWEST_FIRST = Comparator.comparing(ChangeItem::time).reversed();

    public ObservableList<DeploymentSummary> deployments() {
        return FXCollections.unmodifiableObservableList(deployments);
    }

    public ObservableList<ClusterEvent> events() {
        return FXCollections.unmodifiableObservableList(events);
    }

    /** The feed, newest first. */
    public ObservableList<ChangeItem> changes() {
        return FXCollections.unmodifiableObservableList(changes);
    }

    boolean deploymentsListed() {
        return deploymentsListed;
    }
}
