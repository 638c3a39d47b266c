package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the section counts over its pods, kept by deltas (one pod out, one pod in): the summary
 * strip's figures, the pods that restarted recently, how many pods show each status text (the Status
 * column widens to the longest present) and how many run on each node. The view model keeps one on
 * the FX thread; a first list is tallied on the connector's thread as its pods stream in, each pod
 * when it comes, and the FX thread adopts that tally whole (counting 50,000 pods there in one loop
 * took ~57 ms of the step that shows the list: a loop that runs once stays interpreted).
 *
 * <p>Not thread-safe: one thread at a time, handed over with a happens-before (a lock).
 */
final class PodTally {

    private PodCounts counts = PodCounts.ZERO;
    private final Set<String> restarting = new HashSet<>();
    private final Map<String, Integer> statusTexts = new HashMap<>();
    private final Map<String, Integer> podsPerNode = new HashMap<>();

    /**
     * A pod went from {@code old} to {@code next} (either null: it came, or went); {@code recent} is the
     * time after which a restart counts as recent. True when a status text appeared or disappeared.
     */
    boolean change(String key, PodSummary old, PodSummary next, Instant recent) {
        counts = counts.minus(old).plus(next);
        boolean statusesChanged = countStatus(old, -1) | countStatus(next, 1);
        if (next != null && next.lastRestart() != null && next.lastRestart().isAfter(recent) && next.health() != PodHealth.FAILING) {
            restarting.add(key);
        } else if (!restarting.isEmpty()) {
            restarting.remove(key);
        }
        countNode(old, next);
        return statusesChanged;
    }

    /** The summary strip's figures. */
    PodCounts counts() {
        return counts.withRestarting(restarting.size());
    }

    /** The longest status text some pod shows ("" when none). */
    String longestStatus() {
        return statusTexts.keySet().stream().max(Comparator.comparingInt(String::length)).orElse("");
    }

    /** How many pods run on the node of that name. */
    int podsOn(String node) {
        return podsPerNode.getOrDefault(node, 0);
    }

    /** Counts a pod's status text in or out; true when a text appeared or disappeared. */
    private boolean countStatus(PodSummary pod, int delta) {
        if (pod == null) {
            return false;
        }
        String text = pod.statusText();
        Integer n = statusTexts.get(text);
        int next = (n == null ? 0 : n) + delta;
        if (next <= 0) {
            statusTexts.remove(text);
        } else {
            statusTexts.put(text, next);
        }
        return n == null || next <= 0;
    }

    private void countNode(PodSummary old, PodSummary next) {
        String before = old == null ? null : old.node();
        String after = next == null ? null : next.node();
        if (java.util.Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            podsPerNode.computeIfPresent(before, (k, n) -> n <= 1 ? null : n - 1);
        }
        if (after != null) {
            podsPerNode.merge(after, 1, Integer::sum);
        }
    }
}
