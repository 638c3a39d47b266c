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
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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
 * <p>A move of many pods is worked out on a worker thread ({@link #ASYNC_THRESHOLD}): finding 500
 * changed pods in 50,000 rows by binary search walks pods spread all over the heap (8,000 comparisons,
 * each a few cache misses) and took 3-6 ms of the FX thread in the frame that also re-hands the
 * visible rows. The worker reads the lists as they were when the move began (nothing changes them in
 * place meanwhile: a new order or filter builds new ones) and hands back the lists after the move and
 * what went and came; the FX thread only swaps them in and tells the table. Pods that change while a
 * move is on its way wait for the next one, and a new filter, order or first list drops it.
 *
 * <p>The comparator must be a total order (the view model ends every sort with namespace and name),
 * or binary search could not find a row again. FX thread only, except {@link #prepare} and the
 * worker's part of a move.
 */
final class PodTableRows extends ObservableListBase<PodSummary> {

    /** From this many changes on, sorting the batch and merging it beats moving rows one by one. */
    static final int MERGE_THRESHOLD = 256;
    /** Rows move at most this often while pods keep changing ({@code -Dvigil.podRowsSettleMs=N} for the bench to try others). */
    static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(Long.getLong("vigil.podRowsSettleMs", 1000));
    /** From this many rows leaving and entering on, a move is worked out on the worker (below, it costs well under a millisecond). */
    static final int ASYNC_THRESHOLD = 64;

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
    private final Executor worker;
    private final Executor fx;
    // The pods of the move on the worker, each with the row it has until the move lands; null: none on its way.
    private Map<String, PodSummary> moving;
    // Tells a move that lands after a new filter, order or first list that it is stale.
    private long moveGeneration;
    private boolean telling;
    // What runs once the move on its way has landed (or was dropped): see settle(Runnable).
    private final List<Runnable> afterMove = new ArrayList<>();
    // Told before the table hears of a move's two changes, and after: see aroundMoves.
    private Runnable beforeTelling = () -> { };
    private Runnable afterTelling = () -> { };

    /** Rows that move as soon as their pods change, worked out on the calling thread: for tests of the moves themselves. */
    PodTableRows(Comparator<PodSummary> order) {
        this(order, 0, System::nanoTime, Runnable::run, Runnable::run);
    }

    /** Moves worked out on {@code worker}, handed back through {@code fx} (the FX thread's executor). */
    PodTableRows(Comparator<PodSummary> order, long settleNanos, LongSupplier clock, Executor worker, Executor fx) {
        this.order = Objects.requireNonNull(order);
        this.settleNanos = settleNanos;
        this.clock = Objects.requireNonNull(clock);
        this.settledAt = clock.getAsLong() - settleNanos;
        this.worker = Objects.requireNonNull(worker);
        this.fx = Objects.requireNonNull(fx);
    }

    /** Sorts a first list on the calling thread (a background one), so the FX thread only adopts it. */
    static Prepared prepare(Map<String, Optional<PodSummary>> batch, Comparator<PodSummary> order) {
        Map<String, PodSummary> all = new HashMap<>(batch.size() * 4 / 3 + 16);
        for (var e : batch.entrySet()) {
            e.getValue().ifPresent(p -> all.put(e.getKey(), p));
        }
        return prepare(all, List.of(new ArrayList<>(all.values())), false, order);
    }

    /**
     * A first list from runs of its pods, each already sorted in {@code order} while the list streamed
     * in: the runs are put end to end and sorted, which for sorted runs is a merge (the sort finds the
     * runs and merges them). {@code all} is every pod of the list by key; the runs hold each of them,
     * and when {@code restated} (a pod came twice, or went, while listing) states it no longer has, which
     * are left out. {@code all} is the rows' own from then on.
     */
    static Prepared prepare(Map<String, PodSummary> all, List<List<PodSummary>> runs, boolean restated, Comparator<PodSummary> order) {
        ArrayList<PodSummary> sorted = new ArrayList<>(all.size());
        for (List<PodSummary> run : runs) {
            if (!restated) {
                sorted.addAll(run);
                continue;
            }
            for (PodSummary p : run) {
                if (all.get(p.key()) == p) {
                    sorted.add(p);
                }
            }
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
        PodSummary p = placed(key);
        if (p == null || !shown(p)) {
            return -1;
        }
        // Binary search only: the table asks this for its selected pod inside a move's changes too, when
        // the pod's row is out of the list for a moment, and a scan of every row would find nothing.
        int i = Collections.binarySearch(visible, p, order);
        return i >= 0 && visible.get(i) == p ? i : -1;
    }

    /** The state of a pod its row was placed by (not its newest while it waits to move); null when it has no row. */
    private PodSummary placed(String key) {
        if (moving != null && moving.containsKey(key)) {
            return moving.get(key);
        }
        return unsettled.containsKey(key) ? unsettled.get(key) : all.get(key);
    }

    /** Whether some pods changed since the rows last moved (their rows show their newest state meanwhile). */
    boolean unsettled() {
        return !unsettled.isEmpty() || moving != null;
    }

    /**
     * Whether the table is hearing of a change right now: a selection that moves inside one is the
     * table's doing (its row went or moved), not the user's.
     */
    boolean telling() {
        return telling;
    }

    /**
     * Runs {@code before} just before the table hears of a move (its two changes: the rows that went,
     * the rows that came) and {@code after} once it has heard both. The table sets its selection aside
     * meanwhile: its selection model otherwise shifts the selection across each of a move's sub-changes
     * (about a thousand on a busy cluster, one per scattered row), which doubled the move's cost.
     * Not for a new filter, order or first list: those are one change, and keep the selection their way.
     */
    void aroundMoves(Runnable before, Runnable after) {
        beforeTelling = Objects.requireNonNull(before);
        afterTelling = Objects.requireNonNull(after);
    }

    private void fire() {
        telling = true;
        try {
            endChange();
        } finally {
            telling = false;
        }
    }

    /** Whether a move is being worked out on the worker; for tests. */
    boolean moving() {
        return moving != null;
    }

    private boolean shown(PodSummary p) {
        return filter == null || filter.test(p);
    }

    /** Shows a prepared first list in place of whatever is there. */
    void adopt(Prepared first) {
        List<PodSummary> before = visible.isEmpty() ? List.of() : new ArrayList<>(visible);
        dropMove();
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

    /**
     * Moves every pod changed since the rows last moved to where its newest state sorts (or out, or in):
     * here when few changed, else on the worker, landing a few milliseconds later (a move already on
     * its way is waited for: this one's pods go with the next).
     */
    void settle() {
        if (unsettled.isEmpty() || moving != null) {
            return; // nothing moved: a change that comes next, a second after the last move, still moves at once
        }
        settledAt = clock.getAsLong();
        Pending p = pending();
        if (p.olds().size() + p.nexts().size() >= ASYNC_THRESHOLD && startMove(p.olds(), p.nexts())) {
            return;
        }
        unsettled.clear();
        moveHere(p.olds(), p.nexts());
    }

    /** Moves every waiting pod now, on this thread (a move on its way is dropped and its pods moved here too). */
    private void settleHere() {
        dropMove();
        if (unsettled.isEmpty()) {
            return;
        }
        settledAt = clock.getAsLong();
        Pending p = pending();
        unsettled.clear();
        moveHere(p.olds(), p.nexts());
    }

    /** The waiting pods' rows (the states they were placed by) and their newest states (none for a pod that went). */
    private record Pending(List<PodSummary> olds, ArrayList<PodSummary> nexts) {
    }

    private Pending pending() {
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
        return new Pending(olds, nexts);
    }

    private void moveHere(List<PodSummary> olds, ArrayList<PodSummary> nexts) {
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
     * Moves a few rows to where they already are, the way a busy cluster's moves go (through the
     * worker), so that the first real move after a first list does not also pay for loading and linking
     * that path's code: the hand-off, the merge, and the table's selection, focus and skin listeners
     * (the first frames of a churn took 5-10 ms more than later ones). Nothing on screen changes, and a
     * real change that comes next still moves at once.
     */
    void rehearse() {
        if (moving != null || !unsettled.isEmpty() || visible.size() < ASYNC_THRESHOLD) {
            return;
        }
        int step = visible.size() / (ASYNC_THRESHOLD / 2);
        for (int i = 0; i < ASYNC_THRESHOLD / 2; i++) {
            PodSummary p = visible.get(i * step);
            unsettled.put(p.key(), p);
        }
        long before = settledAt;
        settle();
        settledAt = before;
    }

    /**
     * Settles, then runs {@code afterwards} once the rows have moved: at once when they moved here (or
     * nothing waited), else when the move lands. The view model's clock tick redraws the rows' ages
     * this way in the same frame as the move, so a second's changes repaint the table once, not twice.
     */
    void settle(Runnable afterwards) {
        settle();
        if (moving == null) {
            afterwards.run();
        } else {
            afterMove.add(afterwards);
        }
    }

    private void runAfterMove() {
        if (!afterMove.isEmpty()) {
            List<Runnable> due = List.copyOf(afterMove);
            afterMove.clear();
            due.forEach(Runnable::run);
        }
    }

    /** A move worked out off the FX thread: the lists after it, and for the table, what went and came. */
    private record Move(ArrayList<PodSummary> sorted, Merge shown) {
    }

    /** Hands the move to the worker; false when it takes no work (shut down): then it is done here. */
    private boolean startMove(List<PodSummary> olds, List<PodSummary> nexts) {
        long generation = ++moveGeneration;
        // Read on the worker as they are now: the FX thread swaps in new lists, it does not change these.
        ArrayList<PodSummary> sortedNow = sorted;
        ArrayList<PodSummary> visibleNow = visible;
        Predicate<PodSummary> filterNow = filter;
        Comparator<PodSummary> orderNow = order;
        moving = new HashMap<>(unsettled);
        unsettled.clear();
        try {
            worker.execute(() -> {
                Move move;
                try {
                    move = plan(sortedNow, visibleNow, filterNow, orderNow, olds, nexts);
                } catch (RuntimeException e) {
                    move = null;
                }
                Move done = move;
                fx.execute(() -> land(generation, done));
            });
            return true;
        } catch (RejectedExecutionException e) {
            unmove();
            return false;
        }
    }

    /** The worker's part: the rows after the move, merged (the lists it reads are not changed meanwhile). */
    private static Move plan(ArrayList<PodSummary> sorted, ArrayList<PodSummary> visible,
                             Predicate<PodSummary> filter, Comparator<PodSummary> order, List<PodSummary> olds, List<PodSummary> nexts) {
        ArrayList<PodSummary> sortedNexts = new ArrayList<>(nexts);
        sortedNexts.sort(order);
        Merge all = Merge.of(sorted, olds, sortedNexts, order);
        if (visible == sorted) {
            return new Move(all.merged(), all);
        }
        List<PodSummary> shownOlds = olds.stream().filter(filter).toList();
        List<PodSummary> shownNexts = sortedNexts.stream().filter(filter).toList();
        return new Move(all.merged(), Merge.of(visible, shownOlds, shownNexts, order));
    }

    /** Swaps in a move worked out on the worker and tells the table; a stale one (new filter, order or list) is dropped. */
    private void land(long generation, Move move) {
        if (moving == null || generation != moveGeneration) {
            return;
        }
        if (move == null) {
            unmove(); // the worker failed (cannot happen with a total order): the FX thread moves the pods itself
            settleHere();
            runAfterMove();
            return;
        }
        moving = null;
        merges++;
        if (visible == sorted) {
            tell(sorted, move.shown());
            sorted = visible;
        } else {
            sorted = move.sorted();
            tell(visible, move.shown());
        }
        runAfterMove();
    }

    /** Drops a move on its way: its pods wait again, at the rows they have. */
    private void dropMove() {
        if (moving != null) {
            unmove();
            moveGeneration++;
            runAfterMove();
        }
    }

    /** The move's pods wait again, each at the row it has (a newer change of one keeps that row too). */
    private void unmove() {
        unsettled.putAll(moving);
        moving = null;
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
        tell &= n > 0 || !nexts.isEmpty();
        if (tell) {
            beforeTelling.run();
        }
        try {
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
                fire();
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
                fire();
            }
        } finally {
            if (tell) {
                afterTelling.run();
            }
        }
        return list;
    }

    /**
     * A big batch: the old rows are found by binary search and left out in one pass of bulk copies, then
     * the new ones (sorted by themselves) are merged in with another. While the table hears of the
     * removals it sees the rows without them, then all of them.
     */
    private ArrayList<PodSummary> merge(ArrayList<PodSummary> list, List<PodSummary> olds, List<PodSummary> nexts, boolean tell) {
        Merge m = Merge.of(list, olds, nexts, order);
        if (tell) {
            tell(list, m);
        }
        return m.merged();
    }

    /**
     * One list's move, worked out without touching it: the rows it keeps, which ones went (their places
     * in {@code list}, ascending), the rows after the move and where the new ones landed in it.
     */
    private record Merge(ArrayList<PodSummary> kept, BitSet gone, ArrayList<PodSummary> merged, int[] added) {

        static Merge of(List<PodSummary> list, List<PodSummary> olds, List<PodSummary> nexts, Comparator<PodSummary> order) {
            BitSet gone = new BitSet(list.size());
            for (PodSummary old : olds) {
                int i = find(list, old, order);
                if (i >= 0) {
                    gone.set(i);
                }
            }
            ArrayList<PodSummary> kept = new ArrayList<>(list.size() - gone.cardinality() + nexts.size());
            copyKept(list, 0, list.size(), gone, kept);
            ArrayList<PodSummary> merged = new ArrayList<>(kept.size() + nexts.size());
            int[] added = new int[nexts.size()];
            int from = 0;
            for (int k = 0; k < nexts.size(); k++) {
                PodSummary p = nexts.get(k);
                int to = insertionPoint(kept, p, order);
                merged.addAll(kept.subList(from, Math.max(from, to)));
                from = Math.max(from, to);
                added[k] = merged.size();
                merged.add(p);
            }
            merged.addAll(kept.subList(from, kept.size()));
            return new Merge(kept, gone, merged, added);
        }
    }

    /** Tells the table of a merge of {@code list} (the one it reads): the rows that went, then the ones that came. */
    private void tell(ArrayList<PodSummary> list, Merge m) {
        if (m.gone().isEmpty() && m.added().length == 0) {
            show(list, m.merged()); // nothing the table shows moved (only pods the filter hides changed)
            return;
        }
        beforeTelling.run();
        try {
            show(list, m.kept());
            beginChange();
            int removed = 0;
            for (int i = m.gone().nextSetBit(0); i >= 0; i = m.gone().nextSetBit(i + 1)) {
                nextRemove(i - removed++, list.get(i));
            }
            fire();
            show(m.kept(), m.merged());
            beginChange();
            for (int a : m.added()) {
                nextAdd(a, a + 1);
            }
            fire();
        } finally {
            afterTelling.run();
        }
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
        return insertionPoint(list, p, order);
    }

    private static int insertionPoint(List<PodSummary> list, PodSummary p, Comparator<PodSummary> order) {
        int i = Collections.binarySearch(list, p, order);
        // Found means an equal row: the order is total, so only the pod's own stale row could be; go before it.
        return i >= 0 ? i : -i - 1;
    }

    private int find(List<PodSummary> list, PodSummary p) {
        return find(list, p, order);
    }

    private static int find(List<PodSummary> list, PodSummary p, Comparator<PodSummary> order) {
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
        settleHere();
        List<PodSummary> before = new ArrayList<>(visible);
        this.filter = filter;
        visible = filtered();
        replaced(before);
    }

    /** Sorts the rows in a new order: one permutation, so the table keeps its selection. */
    void setOrder(Comparator<PodSummary> order) {
        settleHere();
        this.order = Objects.requireNonNull(order);
        IdentityHashMap<PodSummary, Integer> before = new IdentityHashMap<>(visible.size() * 2);
        for (int i = 0; i < visible.size(); i++) {
            before.put(visible.get(i), i);
        }
        sorted = new ArrayList<>(sorted); // a new list: a move on the worker may still be reading the old one
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
        fire();
    }

    void clear0() {
        List<PodSummary> before = visible.isEmpty() ? List.of() : new ArrayList<>(visible);
        dropMove();
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
        fire();
    }
}
