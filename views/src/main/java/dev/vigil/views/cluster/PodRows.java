package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodSummary;
import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pods of the table, keyed by "namespace/name", changed only in whole batches: one batch is
 * one list-change event, so the filtered and sorted views above it (and the table) react once per
 * pulse however many pods changed. Big batches (the initial list) replace the whole content, which
 * lets the sorted view sort once instead of inserting 50,000 times.
 */
final class PodRows extends ObservableListBase<PodSummary> {

    private static final int REPLACE_ALL_THRESHOLD = 512;

    private final ArrayList<PodSummary> rows = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    @Override
    public PodSummary get(int i) {
        return rows.get(i);
    }

    @Override
    public int size() {
        return rows.size();
    }

    PodSummary byKey(String key) {
        Integer i = index.get(key);
        return i == null ? null : rows.get(i);
    }

    /** Applies a batch: a present value adds or replaces the pod, an empty one removes it. */
    void apply(Map<String, Optional<PodSummary>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() >= REPLACE_ALL_THRESHOLD) {
            replaceAll(batch);
            return;
        }
        beginChange();
        try {
            List<Integer> removed = new ArrayList<>();
            for (var e : batch.entrySet()) {
                Integer i = index.get(e.getKey());
                if (e.getValue().isPresent()) {
                    if (i != null) {
                        PodSummary old = rows.set(i, e.getValue().get());
                        nextSet(i, old);
                    } else {
                        index.put(e.getKey(), rows.size());
                        rows.add(e.getValue().get());
                        nextAdd(rows.size() - 1, rows.size());
                    }
                } else if (i != null) {
                    removed.add(i);
                }
            }
            if (!removed.isEmpty()) {
                removed.sort(null);
                // From the end, so earlier indexes stay valid; then reindex what moved.
                for (int k = removed.size() - 1; k >= 0; k--) {
                    int i = removed.get(k);
                    PodSummary gone = rows.remove(i);
                    index.remove(gone.key());
                    nextRemove(i, gone);
                }
                for (int i = removed.getFirst(); i < rows.size(); i++) {
                    index.put(rows.get(i).key(), i);
                }
            }
        } finally {
            endChange();
        }
    }

    private void replaceAll(Map<String, Optional<PodSummary>> batch) {
        List<PodSummary> before = new ArrayList<>(rows);
        for (var e : batch.entrySet()) {
            Integer i = index.get(e.getKey());
            if (e.getValue().isPresent()) {
                if (i != null) {
                    rows.set(i, e.getValue().get());
                } else {
                    index.put(e.getKey(), rows.size());
                    rows.add(e.getValue().get());
                }
            } else if (i != null) {
                rows.set(i, null);
            }
        }
        rows.removeIf(java.util.Objects::isNull);
        index.clear();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).key(), i);
        }
        beginChange();
        if (!before.isEmpty()) {
            nextRemove(0, before);
        }
        if (!rows.isEmpty()) {
            nextAdd(0, rows.size());
        }
        endChange();
    }

    void clear0() {
        if (rows.isEmpty()) {
            return;
        }
        List<PodSummary> before = new ArrayList<>(rows);
        rows.clear();
        index.clear();
        beginChange();
        nextRemove(0, before);
        endChange();
    }
}
