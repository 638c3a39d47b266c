package dev.vigil.views.cluster;

import javafx.collections.ObservableListBase;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The log lines on screen, a ring of at most {@code capacity} lines: following a chatty pod for an
 * hour keeps memory flat. Lines arrive in batches (one change event per pulse); the oldest drop off.
 */
final class LogLines extends ObservableListBase<LogLine> {

    private final int capacity;
    private final ArrayDeque<LogLine> lines;
    private final ArrayList<LogLine> view = new ArrayList<>();

    LogLines(int capacity) {
        this.capacity = capacity;
        this.lines = new ArrayDeque<>(capacity);
    }

    @Override
    public LogLine get(int index) {
        return view.get(index);
    }

    @Override
    public int size() {
        return view.size();
    }

    int capacity() {
        return capacity;
    }

    void append(Collection<LogLine> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<LogLine> before = List.copyOf(view);
        for (LogLine l : batch) {
            if (lines.size() == capacity) {
                lines.removeFirst();
            }
            lines.addLast(l);
        }
        int dropped = before.size() + batch.size() - lines.size();
        view.clear();
        view.addAll(lines);
        beginChange();
        if (dropped > 0) {
            nextRemove(0, before.subList(0, Math.min(dropped, before.size())));
        }
        int added = Math.min(batch.size(), view.size());
        nextAdd(view.size() - added, view.size());
        endChange();
    }

    void replace(Collection<LogLine> all) {
        List<LogLine> before = List.copyOf(view);
        lines.clear();
        view.clear();
        beginChange();
        if (!before.isEmpty()) {
            nextRemove(0, before);
        }
        endChange();
        append(all);
    }
}
