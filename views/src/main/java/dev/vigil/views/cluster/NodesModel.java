package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.NodeSummary;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster's nodes for the Nodes tab and for the pods table's node column (a pod on a NotReady
 * node says so), with how many pods each runs (the view model's {@link PodTally} counts them). FX thread only.
 */
public final class NodesModel {

    private final ObservableList<NodeSummary> nodes = FXCollections.observableArrayList();
    private final Map<String, Integer> index = new HashMap<>();
    // How many pods a node runs: the view model's tally counts them as pods change.
    private final java.util.function.ToIntFunction<String> podsOn;
    private final ReadOnlyIntegerWrapper unhealthy = new ReadOnlyIntegerWrapper();
    // Counts up whenever a node becomes or stops being unhealthy: the pods table redraws its node cells then.
    private final ReadOnlyIntegerWrapper problemsRevision = new ReadOnlyIntegerWrapper();

    NodesModel(java.util.function.ToIntFunction<String> podsOn) {
        this.podsOn = java.util.Objects.requireNonNull(podsOn);
    }

    void clear() {
        nodes.clear();
        index.clear();
        unhealthy.set(0);
        problemsRevision.set(problemsRevision.get() + 1);
    }

    void apply(Map<String, Optional<NodeSummary>> batch) {
        boolean problemsChanged = false;
        for (var e : batch.entrySet()) {
            Integer i = index.get(e.getKey());
            NodeSummary old = i == null ? null : nodes.get(i);
            NodeSummary next = e.getValue().orElse(null);
            problemsChanged |= !java.util.Objects.equals(problem(old), problem(next));
            if (next == null) {
                if (i != null) {
                    nodes.remove((int) i);
                    reindex();
                }
            } else if (i == null) {
                index.put(e.getKey(), nodes.size());
                nodes.add(next);
            } else {
                nodes.set(i, next);
            }
        }
        if (problemsChanged) {
            unhealthy.set((int) nodes.stream().filter(n -> !n.healthy()).count());
            problemsRevision.set(problemsRevision.get() + 1);
        }
    }

    private static String problem(NodeSummary n) {
        return n == null ? null : n.problem();
    }

    private void reindex() {
        index.clear();
        for (int k = 0; k < nodes.size(); k++) {
            index.put(nodes.get(k).name(), k);
        }
    }

    /** The node of that name, null when unknown (not listed yet, or listing nodes is forbidden). */
    public NodeSummary node(String name) {
        Integer i = name == null ? null : index.get(name);
        return i == null ? null : nodes.get(i);
    }

    public int pods(String node) {
        return podsOn.applyAsInt(node);
    }

    public ObservableList<NodeSummary> nodes() {
        return FXCollections.unmodifiableObservableList(nodes);
    }

    public ReadOnlyIntegerProperty unhealthyProperty() {
        return unhealthy.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty problemsRevisionProperty() {
        return problemsRevision.getReadOnlyProperty();
    }
}
