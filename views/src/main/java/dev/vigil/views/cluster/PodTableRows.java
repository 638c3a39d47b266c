package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodSummary;
import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The pods table's rows: every known pod kept sorted, and the ones the filter lets through, changed
 * only in whole batches (two list changes per batch: what went, what came). Built for this one table
 * rather than stacking JavaFX's {@code FilteredList} and {@code SortedList}, which update an index
 * array of every row for each changed row and call the table's comparator through cell-value
 * wrappers. Here a changed pod is found by binary search, removed, and inserted where binary search
 * puts its new state; a big batch is sorted by itself and merged into the rows in one pass of bulk
 * copies; a new filter only walks the sorted rows (no sort); a new order sorts once.
 *
 * <p>While pods keep changing, rows do not move more than once per {@link #SETTLE_NANOS}: a batch
 * that comes within that time of the last move leaves its pods where they are (the table shows their
 * newest state there, from {@link #byKey}), and {@link #settle} moves them all at once, at the next
 * batch after that time or when the view model's clock ticks. On a busy cluster a sorted table's top
 * rows would otherwise shift ten times a second — unreadable, and each shift redraws every visible
 * row (the whole table body repainted: ~30 ms of software rendering each time, 80–160 ms while cold).
 * A change after a quiet second moves at once.
 *
 * <p>The comparator must be a total order (the view model ends every sort with namespace and name),
 * or binary search could not find a row again. FX thread only, except {@link #prepare}.
 */
final class PodTableRows extends ObservableListBase<PodSummary> {

    /** From this many changes on, sorting the batch and merging it beats moving rows one by one. */
    static final int MERGE_THRESHOLD = 256;
    /** Rows move at most this often while pods keep changing ({@code -Dvigil.podRowsSettleMs=N} for the bench to try others). */
    static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(Long.getLong("vigil.podRowsSettleMs", 1000));

    /** A first list sorted off the FX thread, ready to be shown. */
    record Prepared(Map<String, PodSummary> all, ArrayList<PodSummary> sorted, Comparator<PodSummary> order) {
    }

    private Map<String, PodSummary> all = new HashMap<>();
    private ArrayList<PodSummary> sorted = new ArrayList<>();
    // The same list as sorted while no filter is set.
    private ArrayList<PodSummary> visible = sorted;
    private long merges;
    private Predicate<PodSummary> filter;
    private Comparator<PodSummary> order;
    private final long settleNanos;
    private final LongSupplier clock;
    // Pods changed since the rows last moved, each with the row it has now (null: none yet, a new pod).
    private final Map<String, PodSummary> unsettled = new HashMap<>();
    private long settledAt;

    /** Rows that move as soon as their pods change: for tests of the moves themselves. */
    PodTableRows(Comparator<PodSummary> order) {
        this(order, 0, System::nanoTime);
    }

    PodTableRows(Comparator<PodSummary> order, long settleNanos, LongSupplier clock) {
        this.order = Objects.requireNonNull(order);
        this.settleNanos = settleNanos;
        this.clock = Objects.requireNonNull(clock);
        this.settledAt = clock.getAsLong() - settleNanos;
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

    /** The row of a pod on screen, or -1 when the filter hides it or it is gone (or not placed yet). */
    int indexOf(String key) {
        PodSummary p = unsettled.containsKey(key) ? unsettled.get(key) : all.get(key);
        return p == null || !shown(p) ? -1 : find(visible, p);
    }

    /** Whether some pods changed since the rows last moved (their rows show their newest state meanwhile). */
    boolean unsettled() {
        return !unsettled.isEmpty();
    }

    private boolean shown(PodSummary p) {
        return filter == null || filter.test(p);
    }

    /** Shows a prepared first list in place of whatever is there. */
    void adopt(Prepared first) {
        List<PodSummary> before = visible.isEmpty() ? List.of() : new ArrayList<>(visible);
        unsettled.clear();
        all = first.all();
        sorted = first.sorted();
        if (first.order() != order) {
            sorted.sort(order);
        }
        visible = filtered();
        replaced(before);
    }

    /**
     * Applies a batch: a present value adds or replaces the pod, an empty one removes it ({@link #byKey}
     * knows at once; the rows move now if they last moved a second ago or more, else at the next
     * {@link #settle}). The table hears a move as two changes, the rows that went and then the rows
     * that came (a changed pod counts as both), never as a replacement: JavaFX's table skin answers a
     * replacement by emptying and refilling every visible row, and an add or remove by updating only
     * the rows whose item moved.
     */
    void apply(Map<String, Optional<PodSummary>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (var e : batch.entrySet()) {
            PodSummary next = e.getValue().orElse(null);
            PodSummary old = next == null ? all.remove(e.getKey()) : all.put(e.getKey(), next);
            if (!unsettled.containsKey(e.getKey())) {
                unsettled.put(e.getKey(), old);
            }
        }
        if (clock.getAsLong() - settledAt >= settleNanos) {
            settle();
        }
    }

    /** Moves every pod changed since the rows last moved to where its newest state sorts (or out, or in). */
    void settle() {
        if (unsettled.isEmpty()) {
            return; // nothing moved: a change that comes next, a second after the last move, still moves at once
        }
        settledAt = clock.getAsLong();
        List<PodSummary> olds = new ArrayList<>(unsettled.size());
        ArrayList<PodSummary> nexts = new ArrayList<>(unsettled.size());
        for (var e : unsettled.entrySet()) {
            if (e.getValue() != null) {
                olds.add(e.getValue());
            }
            PodSummary next = all.get(e.getKey());
            if (next != null) {
                nexts.add(next);
            }
        }
        unsettled.clear();
        nexts.sort(order);
        boolean big = Math.max(olds.size(), nexts.size()) >= MERGE_THRESHOLD;
        if (visible == sorted) {
            sorted = update(sorted, olds, nexts, big, true);
            visible = sorted;
            return;
        }
        sorted = update(sorted, olds, nexts, big, false);
        List<PodSummary> shownOlds = olds.stream().filter(this::shown).toList();
        ArrayList<PodSummary> shownNexts = new ArrayList<>(nexts.stream().filter(this::shown).toList());
        visible = update(visible, shownOlds, shownNexts, big, true);
    }

    /**
     * Moves the rows one by one, or merges: a big batch always merges, and so does a small one whose
     * moves would shift more rows than two passes over the list copy. Each removal or insertion in an
     * array list shifts every row after it, and the rows that change on a busy cluster sort to the top
     * (not ready, failing): fifty of them there in a list of 50,000 shift five million references, and
     * while the collector marks concurrently each shifted reference is also recorded for it (G1's
     * snapshot barrier); applies took 30-60 ms of the FX thread in those seconds. A merge copies the
     * list twice into new arrays, whatever the positions.
     */
    private ArrayList<PodSummary> update(ArrayList<PodSummary> list, List<PodSummary> olds, List<PodSummary> nexts, boolean big,
                                         boolean tell) {
        if (big || shifts(list, olds, nexts) > 2L * list.size()) {
            merges++;
            return merge(list, olds, nexts, tell);
        }
        return move(list, olds, nexts, tell);
    }

    /** How many rows moving {@code olds} out and {@code nexts} in one by one would shift (near enough). */
    private long shifts(List<PodSummary> list, List<PodSummary> olds, List<PodSummary> nexts) {
        long size = list.size();
        long shifted = 0;
        for (PodSummary old : olds) {
            int i = find(list, old);
            if (i >= 0) {
                shifted += size - i;
            }
        }
        for (PodSummary next : nexts) {
            shifted += size - insertionPoint(list, next);
        }
        return shifted;
    }

    /** How many batches (or their filtered part) were merged rather than moved; for tests. */
    long merges() {
        return merges;
    }

    /** A small batch, in the list itself: each old row removed where binary search finds it, each new one inserted. */
    private ArrayList<PodSummary> move(ArrayList<PodSummary> list, List<PodSummary> olds, List<PodSummary> nexts, boolean tell) {
        int[] at = new int[olds.size()];
        int n = 0;
        for (PodSummary old : olds) {
            int i = find(list, old);
            if (i >= 0) {
                at[n++] = i;
            }
        }
        Arrays.sort(at, 0, n);
        if (tell) {
            beginChange();
        }
        // From the end, so the earlier places stay valid.
        for (int k = n - 1; k >= 0; k--) {
            PodSummary gone = list.remove(at[k]);
            if (tell) {
                nextRemove(at[k], gone);
            }
        }
        if (tell) {
            endChange();
            beginChange();
        }
        // In order, so each lands after the one before.
        for (PodSummary next : nexts) {
            int to = insertionPoint(list, next);
            list.add(to, next);
            if (tell) {
                nextAdd(to, to + 1);
            }
        }
        if (tell) {
            endChange();
        }
        return list;
    }

    /**
     * A big batch: the old rows are found by binary search and left out in one pass of bulk copies, then
     * the new ones (sorted by themselves) are merged in with another. While the table hears of the
     * removals it sees the rows without them, then all of them.
     */
    private ArrayList<PodSummary> merge(ArrayList<PodSummary> list, List<PodSummary> olds, List<PodSummary> nexts, boolean tell) {
        BitSet gone = new BitSet(list.size());
        for (PodSummary old : olds) {
            int i = find(list, old);
            if (i >= 0) {
                gone.set(i);
            }
        }
        ArrayList<PodSummary> kept = new ArrayList<>(list.size() - gone.cardinality() + nexts.size());
        copyKept(list, 0, list.size(), gone, kept);
        if (tell) {
            show(list, kept);
            beginChange();
            int removed = 0;
            for (int i = gone.nextSetBit(0); i >= 0; i = gone.nextSetBit(i + 1)) {
                nextRemove(i - removed++, list.get(i));
            }
            endChange();
        }
        ArrayList<PodSummary> merged = new ArrayList<>(kept.size() + nexts.size());
        int[] added = new int[nexts.size()];
        int from = 0;
        for (int k = 0; k < nexts.size(); k++) {
            PodSummary p = nexts.get(k);
            int to = insertionPoint(kept, p);
            merged.addAll(kept.subList(from, Math.max(from, to)));
            from = Math.max(from, to);
            added[k] = merged.size();
            merged.add(p);
        }
        merged.addAll(kept.subList(from, kept.size()));
        if (tell) {
            show(kept, merged);
            beginChange();
            for (int a : added) {
                nextAdd(a, a + 1);
            }
            endChange();
        }
        return merged;
    }

    /** Makes {@code next} the list the table reads, in place of {@code current}. */
    private void show(ArrayList<PodSummary> current, ArrayList<PodSummary> next) {
        if (sorted == current) {
            sorted = next;
        }
        if (visible == current) {
            visible = next;
        }
    }

    private int insertionPoint(List<PodSummary> list, PodSummary p) {
        int i = Collections.binarySearch(list, p, order);
        // Found means an equal row: the order is total, so only the pod's own stale row could be; go before it.
        return i >= 0 ? i : -i - 1;
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

    /** Appends the rows of {@code list} in [from, to) that stay. */
    private static void copyKept(List<PodSummary> list, int from, int to, BitSet gone, ArrayList<PodSummary> out) {
        int i = from;
        while (i < to) {
            int nextGone = gone.nextSetBit(i);
            int end = nextGone < 0 || nextGone >= to ? to : nextGone;
            if (end > i) {
                out.addAll(list.subList(i, end));
            }
            i = end == nextGone ? end + 1 : end;
        }
    }

    /** Shows only the pods the filter accepts (null: all): a walk over the sorted rows, no sort. */
    void setFilter(Predicate<PodSummary> filter) {
        settle();
        List<PodSummary> before = new ArrayList<>(visible);
        this.filter = filter;
        visible = filtered();
        replaced(before);
    }

    /** Sorts the rows in a new order: one permutation, so the table keeps its selection. */
    void setOrder(Comparator<PodSummary> order) {
        settle();
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
        unsettled.clear();
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
