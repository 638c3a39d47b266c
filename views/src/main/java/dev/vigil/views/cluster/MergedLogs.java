package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.ClusterSource;
import dev.vigil.connectors.kubernetes.LogRequest;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.Timestamps;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The logs of several pods (all replicas of a workload) as one stream, as {@code stern} or
 * {@code kubectl logs -l} show them: each pod is asked for its lines with the kubelet's timestamps,
 * the lines are put in time order, and each keeps its pod and a colour slot so the view can tell them
 * apart. The timestamp is shown only when the user asked for timestamps.
 */
final class MergedLogs {

    /** At most this many pods are read at once; a bigger workload shows its first ones by name. */
    static final int MAX_PODS = 20;
    /** Distinct pod colours in the theme. */
    static final int COLOURS = 8;

    private MergedLogs() {
    }

    /** A line read with its timestamp, before it is numbered. */
    record Timed(Instant at, String pod, int colour, String text) {
    }

    /** The pods to read, sorted by name and capped at {@link #MAX_PODS}. */
    static List<PodSummary> targets(List<PodSummary> pods) {
        return pods.stream().sorted(Comparator.comparing(PodSummary::name)).limit(MAX_PODS).toList();
    }

    /** Reads every pod's lines in parallel (blocking: call off the FX thread) and merges them by time. */
    static List<Timed> read(ClusterSource source, List<PodSummary> pods, LogRequest template, boolean showTimestamps) throws Exception {
        List<Timed> all = new ArrayList<>();
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (PodSummary p : pods) {
                LogRequest r = new LogRequest(p.namespace(), p.name(), template.container(), template.previous(),
                        template.tailLines(), template.sinceSeconds(), true);
                answers.add(readers.submit(() -> source.logs(r)));
            }
            for (int i = 0; i < pods.size(); i++) {
                for (String line : answers.get(i).get()) {
                    all.add(timed(pods.get(i).name(), i % COLOURS, line, showTimestamps));
                }
            }
        }
        all.sort(Comparator.comparing(Timed::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return all;
    }

    /** Splits the kubelet's timestamp off a line; keeps it in the text only when asked. */
    static Timed timed(String pod, int colour, String line, boolean showTimestamps) {
        Instant at = Timestamps.ofLogLine(line);
        String text = at == null || showTimestamps ? line : line.substring(line.indexOf(' ') + 1);
        return new Timed(at, pod, colour, text);
    }
}
