package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodSummary;
import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The pods table's rows: every known pod kept sorted, and the ones the filter lets through, changed
 * only in whole batches (one list change per pulse). Built for this one table rather than stacking
 * JavaFX's {@code FilteredList} and {@code SortedList}, which update an index array of every row for
 * each changed row and call the table's comparator through cell-value wrappers. Here a changed pod
 * is found by binary search and, when its place in the order still holds, replaced in place;
 * otherwise it moves with one remove and one insert. A big batch is sorted by itself and merged into
 * the rows in one pass; a new filter only walks the sorted rows (no sort); a new order sorts once.
 *
 * <p>The comparator must be a total order (the view model ends every sort with namespace and name),
 * or binary search could not find a row again. FX thread only, except {@link #prepare}.
 */
final class PodTableRows extends ObservableListBase<PodSummary> {

    /** From this many changes on, sorting the batch and merging it beats moving rows one by one. */
    static final int MERGE_THRESHOLD = 256;

    /** A first list sorted off the FX thread, ready to be shown. */
    record Prepared(Map<String, PodSummary> all, ArrayList<PodSummary> sorted, Comparator<PodSummary> order) {
    }

    private Map<String, PodSummary> all = new HashMap<>();
    private ArrayList<PodSummary> sorted = new ArrayList<>();
    // The same list as sorted while no filter is set.
    private ArrayList<PodSummary> visible = sorted;
    private Predicate<PodSummary> filter;
    private Comparator<PodSummary> order;

    PodTableRows(Comparator<PodSummary> order) {
        this.order = Objects.requireNonNull(order);
    }

    /** Sorts a first list on the calling thread (a background one), so the FX thread only adopts it. */
    static Prepared prepare(Map<String, Optional<PodSummary>> batch, Comparator<PodSummary> order) {
        Map<String, PodSummary> all = new HashMap<>(batch.size() * 4 / 3 + 16);
        ArrayList<PodSummary> sorted = new ArrayList<>(batch.size());
        for (var e : batch.entrySet()) {
            e.getValue().ifPresent(p -> {
                all.put(e.getKey(), p);
                sorted.add(p);
            });
        }
        sorted.sort(order);
        return new Prepared(all, sorted, order);
    }

    @Override
    public PodSummary get(int i) {
        return visible.get(i);
    }

    @Override
    public int size() {
        return visible.size();
    }

    /** Every known pod, filtered or not (read-only). */
    Collection<PodSummary> all() {
        return Collections.unmodifiableCollection(all.values());
    }

    PodSummary byKey(String key) {
        return all.get(key);
    }

    Comparator<PodSummary> order() {
        return order;
    }

    /** The row of a pod on screen, or -1 when the filter hides it or it is gone. */
    int indexOf(String key) {
        PodSummary p = all.get(key);
        return p == null || !shown(p) ? -1 : find(visible, p);
    }

    private boolean shown(PodSummary p) {
        return filter == null || filter.test(p);
    }

    /** Shows a prepared first list in place of whatever is there. */
    void adopt(Prepared first) {
        List<PodSummary> before = visible.isEmpty() ? List.of() : new ArrayList<>(visible);
        all = first.all();
        sorted = first.sorted();
        if (first.order() != order) {
            sorted.sort(order);
        }
        visible = filtered();
        replaced(before);
    }

    /** Applies a batch: a present value adds or replaces the pod, an empty one removes it. */
    void apply(Map<String, Optional<PodSummary>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() >= MERGE_THRESHOLD) {
            merge(batch);
            return;
        }
        beginChange();
        try {
            for (var e : batch.entrySet()) {
                PodSummary next = e.getValue().orElse(null);
                PodSummary old = next == null ? all.remove(e.getKey()) : all.put(e.getKey(), next);
                if (visible == sorted) {
                    move(sorted, old, next, true);
                } else {
                    move(sorted, old, next, false);
                    move(visible, old != null && shown(old) ? old : null, next != null && shown(next) ? next : null, true);
                }
            }
        } finally {
            endChange();
        }
    }

    /** Moves {@code old} (null: none) to {@code next}'s place (null: removes it), telling the table when asked. */
    private void move(ArrayList<PodSummary> list, PodSummary old, PodSummary next, boolean tell) {
        int at = old == null ? -1 : find(list, old);
        if (at >= 0 && next != null && fitsAt(list, at, next)) {
            list.set(at, next);
            if (tell) {
                nextSet(at, old);
            }
            return;
        }
        if (at >= 0) {
            list.remove(at);
            if (tell) {
                nextRemove(at, old);
            }
        }
        if (next != null) {
            int to = -Collections.binarySearch(list, next, order) - 1;
            if (to < 0) {
                // Only a stale equal row can be there; the order is total, so this cannot happen.
                to = -to - 1;
            }
            list.add(to, next);
            if (tell) {
                nextAdd(to, to + 1);
            }
        }
    }

    private int find(List<PodSummary> list, PodSummary p) {
        int i = Collections.binarySearch(list, p, order);
        if (i >= 0 && list.get(i) == p) {
            return i;
        }
        // Only an order that is not total (or changed behind our back) gets here: find the row the slow way.
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k) == p) {
                return k;
            }
        }
        return -1;
    }

    /** The pod may take row {@code i}'s place without breaking the order. */
    private boolean fitsAt(List<PodSummary> list, int i, PodSummary p) {
        return (i == 0 || order.compare(list.get(i - 1), p) < 0)
                && (i == list.size() - 1 || order.compare(p, list.get(i + 1)) < 0);
    }

    /**
     * A big batch: sort what changed (k log k), find where the old rows are and where the new ones go by
     * binary search (k log n), then build the rows in one pass of bulk copies between those places.
     */
    private void merge(Map<String, Optional<PodSummary>> batch) {
        BitSet gone = new BitSet(sorted.size());
        ArrayList<PodSummary> added = new ArrayList<>(batch.size());
        for (var e : batch.entrySet()) {
            PodSummary next = e.getValue().orElse(null);
            PodSummary old = next == null ? all.remove(e.getKey()) : all.put(e.getKey(), next);
            if (old != null) {
                int at = find(sorted, old);
                if (at >= 0) {
                    gone.set(at);
                }
            }
            if (next != null) {
                added.add(next);
            }
        }
        added.sort(order);
        ArrayList<PodSummary> merged = new ArrayList<>(all.size());
        int from = 0;
        for (PodSummary p : added) {
            // Where it goes among the old rows (those leaving still hold their places, so the order holds).
            int to = -Collections.binarySearch(sorted, p, order) - 1;
            if (to < 0) {
                to = -to - 1;
            }
            copyKept(from, to, gone, merged);
            merged.add(p);
            from = Math.max(from, to);
        }
        copyKept(from, sorted.size(), gone, merged);
        List<PodSummary> before = new ArrayList<>(visible);
        sorted = merged;
        visible = filtered();
        replaced(before);
    }

    /** Appends the old rows in [from, to) that stay. */
    private void copyKept(int from, int to, BitSet gone, ArrayList<PodSummary> out) {
        int i = from;
        while (i < to) {
            int nextGone = gone.nextSetBit(i);
            int end = nextGone < 0 || nextGone >= to ? to : nextGone;
            if (end > i) {
                out.addAll(sorted.subList(i, end));
            }
            i = end == nextGone ? end + 1 : end;
        }
    }

    /** Shows only the pods the filter accepts (null: all): a walk over the sorted rows, no sort. */
    void setFilter(Predicate<PodSummary> filter) {
        List<PodSummary> before = new ArrayList<>(visible);
        this.filter = filter;
        visible = filtered();
        replaced(before);
    }

    /** Sorts the rows in a new order: one permutation, so the table keeps its selection. */
    void setOrder(Comparator<PodSummary> order) {
        this.order = Objects.requireNonNull(order);
        IdentityHashMap<PodSummary, Integer> before = new IdentityHashMap<>(visible.size() * 2);
        for (int i = 0; i < visible.size(); i++) {
            before.put(visible.get(i), i);
        }
        sorted.sort(order);
        visible = filtered();
        if (visible.size() < 2) {
            return;
        }
        int[] perm = new int[visible.size()];
        for (int i = 0; i < visible.size(); i++) {
            perm[before.get(visible.get(i))] = i;
        }
        beginChange();
        nextPermutation(0, visible.size(), perm);
        endChange();
    }

    void clear0() {
        List<PodSummary> before = visible.isEmpty() ? List.of() : new ArrayList<>(visible);
        all = new HashMap<>();
        sorted = new ArrayList<>();
        visible = filtered();
        replaced(before);
    }

    private ArrayList<PodSummary> filtered() {
        if (filter == null) {
            return sorted;
        }
        ArrayList<PodSummary> out = new ArrayList<>();
        for (PodSummary p : sorted) {
            if (filter.test(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** One change: everything that was there went, everything there now came. */
    private void replaced(List<PodSummary> before) {
        if (before.isEmpty() && visible.isEmpty()) {
            return;
        }
        beginChange();
        if (!before.isEmpty()) {
            nextRemove(0, before);
        }
        if (!visible.isEmpty()) {
            nextAdd(0, visible.size());
        }
        endChange();
    }
}
