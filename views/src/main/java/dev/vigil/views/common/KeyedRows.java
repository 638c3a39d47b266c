package dev.vigil.views.common;

import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rows of a live table, keyed (a pod's "namespace/name", an alert's id), changed only in whole
 * batches: one batch is one list-change event, so the filtered and sorted views above it (and the
 * table) react once per pulse however many rows changed. Big batches (the initial list) replace the
 * whole content, which lets the sorted view sort once instead of inserting 50,000 times.
 *
 * @param <T> the row type
 */
public class KeyedRows<T> extends ObservableListBase<T> {

    private static final int REPLACE_ALL_THRESHOLD = 512;

    private final ArrayList<T> rows = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Function<T, String> key;

    public KeyedRows(Function<T, String> key) {
        this.key = key;
    }

    @Override
    public T get(int i) {
        return rows.get(i);
    }

    @Override
    public int size() {
        return rows.size();
    }

    public T byKey(String k) {
        Integer i = index.get(k);
        return i == null ? null : rows.get(i);
    }

    /** Applies a batch: a present value adds or replaces the pod, an empty one removes it. */
    public void apply(Map<String, Optional<T>> batch) {
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
                        T old = rows.set(i, e.getValue().get());
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
                    T gone = rows.remove(i);
                    index.remove(key.apply(gone));
                    nextRemove(i, gone);
                }
                for (int i = removed.getFirst(); i < rows.size(); i++) {
                    index.put(key.apply(rows.get(i)), i);
                }
            }
        } finally {
            endChange();
        }
    }

    private void replaceAll(Map<String, Optional<T>> batch) {
        List<T> before = new ArrayList<>(rows);
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
            index.put(key.apply(rows.get(i)), i);
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

    /** Removes every row in one change. */
    public void clearRows() {
        if (rows.isEmpty()) {
            return;
        }
        List<T> before = new ArrayList<>(rows);
        rows.clear();
        index.clear();
        beginChange();
        nextRemove(0, before);
        endChange();
    }
}
