package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PodTableRowsTest {

    private static final Comparator<PodSummary> BY_STATUS = PodColumn.order(PodColumn.DEFAULT_SORT, PodUsageTable.NONE);

    private static PodSummary pod(String name, PodHealth health, int restarts) {
        return new PodSummary("ns", name, health == PodHealth.RUNNING ? 1 : 0, 1, "Running",
                health == PodHealth.FAILING ? "CrashLoopBackOff" : "Running", null, health, restarts, null, Instant.EPOCH,
                "node-1", null, "Deployment", "app", Map.of());
    }

    private static Map<String, Optional<PodSummary>> batch(PodSummary... pods) {
        Map<String, Optional<PodSummary>> b = new LinkedHashMap<>();
        for (PodSummary p : pods) {
            b.put(p.key(), Optional.of(p));
        }
        return b;
    }

    private static List<String> names(List<PodSummary> rows) {
        return rows.stream().map(PodSummary::name).toList();
    }

    private static List<String> changes(PodTableRows rows) {
        List<String> seen = new ArrayList<>();
        rows.addListener((ListChangeListener<PodSummary>) c -> {
            // One entry per change event: the kinds of its parts, each once.
            java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
            while (c.next()) {
                kinds.add(c.wasReplaced() ? "replace" : c.wasAdded() ? "add" : c.wasRemoved() ? "remove" : c.wasPermutated() ? "permute" : "?");
            }
            seen.add(String.join("+", kinds));
        });
        return seen;
    }

    @Test
    void aBatchIsTwoChangesWhatWentThenWhatCameAndTheRowsStaySortedSickFirst() {
        PodTableRows rows = new PodTableRows(BY_STATUS);
        rows.apply(batch(pod("d", PodHealth.RUNNING, 0), pod("b", PodHealth.RUNNING, 0), pod("a", PodHealth.RUNNING, 0)));
        List<String> seen = changes(rows);

        Map<String, Optional<PodSummary>> second = batch(pod("c", PodHealth.FAILING, 3), pod("e", PodHealth.RUNNING, 0));
        second.put("ns/b", Optional.empty());
        rows.apply(second);

        assertThat(seen).containsExactly("remove", "add");
        assertThat(names(rows)).containsExactly("c", "a", "d", "e");
        assertThat(rows.byKey("ns/b")).isNull();
        assertThat(rows.indexOf("ns/d")).isEqualTo(2);
    }

    @Test
    void whilePodsKeepChangingRowsMoveOnceASecondAndShowTheirPodsNewStateWhereTheyAre() {
        AtomicLong now = new AtomicLong(5_000_000_000L);
        PodTableRows rows = new PodTableRows(BY_STATUS, PodTableRows.SETTLE_NANOS, now::get, Runnable::run, Runnable::run);
        rows.apply(batch(pod("a", PodHealth.RUNNING, 0), pod("b", PodHealth.RUNNING, 0), pod("c", PodHealth.RUNNING, 0)));
        assertThat(names(rows)).as("the first batch after a quiet second moves at once").containsExactly("a", "b", "c");
        List<String> seen = changes(rows);

        // 100 ms later c fails, b goes and d comes: nothing moves yet, but what the rows show is the pods' newest state.
        now.addAndGet(100_000_000L);
        Map<String, Optional<PodSummary>> second = batch(pod("c", PodHealth.FAILING, 4), pod("d", PodHealth.FAILING, 1));
        second.put("ns/b", Optional.empty());
        rows.apply(second);
        assertThat(seen).isEmpty();
        assertThat(names(rows)).containsExactly("a", "b", "c");
        assertThat(rows.unsettled()).isTrue();
        assertThat(rows.byKey("ns/c").restarts()).isEqualTo(4);
        assertThat(rows.byKey("ns/b")).isNull();
        assertThat(rows.indexOf("ns/c")).as("where its row is now").isEqualTo(2);
        assertThat(rows.indexOf("ns/d")).as("not placed yet").isEqualTo(-1);

        // Another change within the second waits too; the first batch a second after the last move moves them all.
        now.addAndGet(400_000_000L);
        rows.apply(batch(pod("a", PodHealth.RUNNING, 2)));
        assertThat(names(rows)).containsExactly("a", "b", "c");
        now.addAndGet(500_000_000L);
        rows.apply(batch(pod("a", PodHealth.RUNNING, 3)));
        assertThat(names(rows)).containsExactly("c", "d", "a");
        assertThat(rows.get(2).restarts()).isEqualTo(3);
        assertThat(rows.unsettled()).isFalse();
        assertThat(seen).containsExactly("remove", "add");
    }

    @Test
    void theClockTickMovesRowsThatWaitedAndANewFilterOrOrderSeesThePodsAsTheyAreNow() {
        AtomicLong now = new AtomicLong(5_000_000_000L);
        PodTableRows rows = new PodTableRows(BY_STATUS, PodTableRows.SETTLE_NANOS, now::get, Runnable::run, Runnable::run);
        rows.apply(batch(pod("a", PodHealth.RUNNING, 0), pod("b", PodHealth.RUNNING, 0)));
        now.addAndGet(10_000_000L);
        rows.apply(batch(pod("b", PodHealth.FAILING, 1)));
        assertThat(names(rows)).containsExactly("a", "b");
        rows.settle(); // the view model's once-a-second tick
        assertThat(names(rows)).containsExactly("b", "a");

        now.addAndGet(10_000_000L);
        rows.apply(batch(pod("a", PodHealth.FAILING, 1)));
        rows.setFilter(p -> p.health() == PodHealth.FAILING);
        assertThat(names(rows)).containsExactly("a", "b");
        assertThat(rows.unsettled()).isFalse();

        // Quiet ticks do not count as moves: a change a second after the last move moves at once.
        now.addAndGet(1_200_000_000L);
        rows.settle();
        now.addAndGet(10_000_000L);
        rows.apply(batch(pod("b", PodHealth.FAILING, 9)));
        assertThat(rows.unsettled()).isFalse();
        assertThat(rows.get(1).restarts()).isEqualTo(9);
    }

    private static Map<String, Optional<PodSummary>> running(int n) {
        Map<String, Optional<PodSummary>> first = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            PodSummary p = pod(String.format("p%05d", i), PodHealth.RUNNING, 0);
            first.put(p.key(), Optional.of(p));
        }
        return first;
    }

    /** Pods p00000, p00050, p00100, ... turned failing: enough of them that the move goes to the worker. */
    private static Map<String, Optional<PodSummary>> failing(int count, int restarts) {
        Map<String, Optional<PodSummary>> b = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            PodSummary p = pod(String.format("p%05d", i * 50), PodHealth.FAILING, restarts);
            b.put(p.key(), Optional.of(p));
        }
        return b;
    }

    /** 5,000 running pods in rows on a fake clock whose moves wait in {@code worker} until the test runs them. */
    private static PodTableRows runningWithWorker(AtomicLong now, List<Runnable> worker) {
        PodTableRows rows = new PodTableRows(BY_STATUS, PodTableRows.SETTLE_NANOS, now::get, worker::add, Runnable::run);
        rows.adopt(PodTableRows.prepare(running(5_000), BY_STATUS));
        return rows;
    }

    private static void assertSorted(PodTableRows rows, java.util.function.Predicate<PodSummary> filter) {
        List<PodSummary> expected = new ArrayList<>(rows.all().stream().filter(filter).toList());
        expected.sort(BY_STATUS);
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    @Test
    void aBigMoveIsWorkedOutOnTheWorkerAndLandsWholeWhilePodsThatChangeMeanwhileWaitForTheNext() {
        AtomicLong now = new AtomicLong(5_000_000_000L);
        List<Runnable> worker = new ArrayList<>();
        PodTableRows rows = runningWithWorker(now, worker);
        List<String> seen = changes(rows);

        now.addAndGet(2_000_000_000L);
        rows.apply(failing(100, 1));
        assertThat(rows.moving()).as("100 pods out and in: worked out off the FX thread").isTrue();
        assertThat(worker).hasSize(1);
        assertThat(seen).isEmpty();
        assertThat(rows.get(0).name()).isEqualTo("p00000");
        assertThat(rows.indexOf("ns/p00050")).as("its row until the move lands").isEqualTo(50);
        assertThat(rows.unsettled()).isTrue();

        // While the move is on its way one of its pods changes again and another pod turns failing.
        now.addAndGet(100_000_000L);
        rows.apply(batch(pod("p00050", PodHealth.FAILING, 9), pod("p04999", PodHealth.FAILING, 2)));
        assertThat(worker).as("one move at a time").hasSize(1);
        assertThat(rows.indexOf("ns/p00050")).isEqualTo(50);

        List<String> afterwards = new ArrayList<>();
        rows.settle(() -> afterwards.add("ages drawn after " + seen.size() + " changes"));
        assertThat(afterwards).as("the tick's redraw waits for the move on its way").isEmpty();
        worker.remove(0).run();
        assertThat(rows.moving()).isFalse();
        assertThat(afterwards).containsExactly("ages drawn after 2 changes");
        assertThat(seen).containsExactly("remove", "add");
        assertThat(rows.subList(0, 100)).allMatch(p -> p.health() == PodHealth.FAILING);
        assertThat(rows.byKey("ns/p00050").restarts()).as("the newest state").isEqualTo(9);
        int at = rows.indexOf("ns/p00050");
        assertThat(rows.get(at).restarts()).as("its row, placed by the state the move took").isEqualTo(1);
        assertThat(rows.indexOf("ns/p04999")).as("its row has not moved yet").isEqualTo(rows.size() - 1);
        assertThat(rows.unsettled()).isTrue();

        List<String> ticks = new ArrayList<>();
        rows.settle(() -> ticks.add("ages")); // the next tick: two pods, moved here, then the ages
        assertThat(ticks).containsExactly("ages");
        assertThat(worker).isEmpty();
        assertThat(rows.unsettled()).isFalse();
        assertSorted(rows, p -> true);
        assertThat(rows.get(rows.indexOf("ns/p00050")).restarts()).isEqualTo(9);
        assertThat(seen).containsExactly("remove", "add", "remove", "add");
    }

    @Test
    void theTableIsToldBeforeAndAfterEachMoveHereOrFromTheWorkerButNotAroundANewFilterOrOrder() {
        AtomicLong now = new AtomicLong(5_000_000_000L);
        List<Runnable> worker = new ArrayList<>();
        PodTableRows rows = runningWithWorker(now, worker);
        List<String> seen = changes(rows);
        rows.aroundMoves(() -> seen.add("before"), () -> seen.add("after"));

        now.addAndGet(2_000_000_000L);
        rows.apply(batch(pod("p04999", PodHealth.FAILING, 1))); // one pod: moved here
        assertThat(seen).containsExactly("before", "remove", "add", "after");

        seen.clear();
        now.addAndGet(2_000_000_000L);
        rows.apply(failing(100, 1)); // 100 pods: worked out on the worker
        assertThat(seen).isEmpty();
        worker.remove(0).run();
        assertThat(seen).containsExactly("before", "remove", "add", "after");

        seen.clear();
        rows.setFilter(p -> p.health() == PodHealth.FAILING);
        rows.setOrder(BY_STATUS.reversed());
        assertThat(seen).containsExactly("replace", "permute");

        // Pods the filter hides change, here and on the worker: nothing the table shows moves, nothing is told.
        seen.clear();
        now.addAndGet(2_000_000_000L);
        rows.apply(batch(pod("p04001", PodHealth.RUNNING, 1))); // every 50th pod is failing: these are not
        now.addAndGet(2_000_000_000L);
        Map<String, Optional<PodSummary>> hidden = new LinkedHashMap<>();
        for (int i = 3001; i < 3100; i += i % 50 == 49 ? 2 : 1) {
            PodSummary p = pod(String.format("p%05d", i), PodHealth.RUNNING, 2);
            hidden.put(p.key(), Optional.of(p));
        }
        rows.apply(hidden);
        worker.remove(0).run();
        assertThat(seen).isEmpty();
        assertThat(rows.byKey("ns/p03051").restarts()).isEqualTo(2);
    }

    @Test
    void aRehearsedMoveGoesThroughTheWorkerAndLeavesEveryRowWhereItIs() {
        AtomicLong now = new AtomicLong(5_000_000_000L);
        List<Runnable> worker = new ArrayList<>();
        PodTableRows rows = runningWithWorker(now, worker);
        List<PodSummary> before = new ArrayList<>(rows);
        List<String> seen = changes(rows);

        rows.rehearse();
        assertThat(worker).hasSize(1);
        worker.remove(0).run();
        assertThat(seen).containsExactly("remove", "add");
        assertThat(rows).containsExactlyElementsOf(before);
        assertThat(rows.unsettled()).isFalse();

        // The rehearsal is not a move: a change a moment later still moves at once.
        now.addAndGet(10_000_000L);
        rows.apply(batch(pod("p04999", PodHealth.FAILING, 1)));
        assertThat(rows.get(0).name()).isEqualTo("p04999");
    }

    @Test
    void aNewFilterOrderOrFirstListDropsAMoveOnItsWayAndSeesThePodsAsTheyAreNow() {
        AtomicLong now = new AtomicLong(5_000_000_000L);
        List<Runnable> worker = new ArrayList<>();
        PodTableRows rows = runningWithWorker(now, worker);

        now.addAndGet(2_000_000_000L);
        rows.apply(failing(100, 1));
        assertThat(rows.moving()).isTrue();
        rows.setFilter(p -> p.health() == PodHealth.FAILING);
        assertThat(rows.moving()).isFalse();
        assertThat(rows).hasSize(100);
        List<String> seen = changes(rows);
        worker.remove(0).run();
        assertThat(seen).as("the stale move is dropped").isEmpty();
        assertSorted(rows, p -> p.health() == PodHealth.FAILING);

        // Filtered, a move reaches both lists; then a new order drops the next one on its way.
        now.addAndGet(2_000_000_000L);
        rows.apply(failing(120, 4));
        assertThat(rows.moving()).isTrue();
        worker.remove(0).run();
        assertThat(rows).hasSize(120);
        assertSorted(rows, p -> p.health() == PodHealth.FAILING);
        rows.setFilter(null);
        assertSorted(rows, p -> true);

        now.addAndGet(2_000_000_000L);
        rows.apply(failing(130, 5));
        Comparator<PodSummary> byRestarts = PodColumn.order(List.of(new PodColumn.SortKey(PodColumn.RESTARTS, false)), PodUsageTable.NONE);
        rows.setOrder(byRestarts);
        worker.remove(0).run();
        List<PodSummary> expected = new ArrayList<>(rows.all());
        expected.sort(byRestarts);
        assertThat(rows).containsExactlyElementsOf(expected);
        assertThat(rows.get(0).restarts()).isEqualTo(5);

        // A first list (a reconnect) in place of rows with a move on its way: only the new list stays.
        now.addAndGet(2_000_000_000L);
        rows.apply(failing(100, 6));
        assertThat(rows.moving()).isTrue();
        rows.adopt(PodTableRows.prepare(running(10), byRestarts));
        worker.remove(0).run();
        assertThat(rows.unsettled()).isFalse();
        assertThat(rows).hasSize(10).allMatch(p -> p.health() == PodHealth.RUNNING);
    }

    @Test
    void aFirstListFromRunsSortedWhileItStreamedInIsTheFullSortWithoutStateTheListNoLongerHolds() {
        Map<String, Optional<PodSummary>> first = new LinkedHashMap<>();
        List<List<PodSummary>> runs = new ArrayList<>();
        Random random = new Random(5);
        List<PodSummary> run = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            PodSummary p = pod("p" + random.nextInt(2_500), random.nextInt(10) == 0 ? PodHealth.FAILING : PodHealth.RUNNING, i);
            first.put(p.key(), Optional.of(p)); // a pod seen twice: the run that has its older state must not show it
            run.add(p);
            if (run.size() == 700) {
                run.sort(BY_STATUS);
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        runs.add(run); // the last run unsorted: the final sort does not rely on it
        first.put("ns/p7", Optional.empty()); // and one that went
        Map<String, PodSummary> pods = new java.util.HashMap<>();
        first.forEach((key, p) -> p.ifPresent(pod -> pods.put(key, pod)));

        PodTableRows rows = new PodTableRows(BY_STATUS);
        rows.adopt(PodTableRows.prepare(pods, runs, true, BY_STATUS));

        List<PodSummary> expected = new ArrayList<>(first.values().stream().flatMap(Optional::stream).toList());
        expected.sort(BY_STATUS);
        assertThat(rows).containsExactlyElementsOf(expected);
        assertThat(rows.byKey("ns/p7")).isNull();
    }

    @Test
    void aChangedPodIsTakenOutThenPutBackNeverReplacedSoTheTableOnlyRedrawsRowsThatMoved() {
        PodTableRows rows = new PodTableRows(BY_STATUS);
        rows.apply(batch(pod("a", PodHealth.RUNNING, 0), pod("b", PodHealth.RUNNING, 0), pod("c", PodHealth.RUNNING, 0)));
        List<String> seen = changes(rows);

        rows.apply(batch(pod("b", PodHealth.RUNNING, 7)));
        assertThat(seen).containsExactly("remove", "add");
        assertThat(rows.get(1).restarts()).isEqualTo(7);

        rows.apply(batch(pod("c", PodHealth.FAILING, 1)));
        assertThat(names(rows)).containsExactly("c", "a", "b");
        assertThat(seen).doesNotContain("replace");
    }

    @Test
    void aBigBatchMergesToTheSameRowsAFullSortWouldGive() {
        PodTableRows rows = new PodTableRows(BY_STATUS);
        Random random = new Random(3);
        Map<String, Optional<PodSummary>> first = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) {
            PodSummary p = pod("p" + i, PodHealth.RUNNING, 0);
            first.put(p.key(), Optional.of(p));
        }
        rows.adopt(PodTableRows.prepare(first, BY_STATUS));
        Map<String, Optional<PodSummary>> churn = new LinkedHashMap<>();
        for (int k = 0; k < 1_500; k++) {
            int i = random.nextInt(6_000);
            churn.put("ns/p" + i, i % 7 == 0 ? Optional.empty()
                    : Optional.of(pod("p" + i, random.nextBoolean() ? PodHealth.FAILING : PodHealth.NOT_READY, k)));
        }
        assertThat(churn.size()).isGreaterThanOrEqualTo(PodTableRows.MERGE_THRESHOLD);
        List<String> seen = changes(rows);
        rows.apply(churn);
        assertThat(seen).containsExactly("remove", "add").as("two changes, whatever their size");

        List<PodSummary> expected = new ArrayList<>(rows.all());
        expected.sort(BY_STATUS);
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    @Test
    void aSmallBatchThatSortsToTheTopOfABigListMergesAndOneAtTheBottomMoves() {
        PodTableRows rows = new PodTableRows(BY_STATUS);
        Map<String, Optional<PodSummary>> first = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) {
            PodSummary p = pod(String.format("p%05d", i), PodHealth.RUNNING, 0);
            first.put(p.key(), Optional.of(p));
        }
        rows.adopt(PodTableRows.prepare(first, BY_STATUS));
        List<String> seen = changes(rows);

        // Twenty pods turn not ready and sort to the top: moving them one by one would shift the whole list forty times.
        Map<String, Optional<PodSummary>> top = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            PodSummary p = pod(String.format("p%05d", i * 200 + 100), PodHealth.NOT_READY, 1);
            top.put(p.key(), Optional.of(p));
        }
        assertThat(top.size()).isLessThan(PodTableRows.MERGE_THRESHOLD);
        rows.apply(top);
        assertThat(rows.merges()).isEqualTo(1);

        // Two pods at the end of the order change: they move.
        rows.apply(batch(pod("p04998", PodHealth.RUNNING, 2), pod("p04999", PodHealth.RUNNING, 3)));
        assertThat(rows.merges()).isEqualTo(1);

        assertThat(seen).containsExactly("remove", "add", "remove", "add");
        List<PodSummary> expected = new ArrayList<>(rows.all());
        expected.sort(BY_STATUS);
        assertThat(rows).containsExactlyElementsOf(expected);
        assertThat(names(rows.subList(0, 3))).containsExactly("p00100", "p00300", "p00500");
        assertThat(rows.get(rows.size() - 1).restarts()).isEqualTo(3);
    }

    @Test
    void aFilterWalksTheSortedRowsAndLaterChangesRespectIt() {
        PodTableRows rows = new PodTableRows(BY_STATUS);
        rows.apply(batch(pod("a", PodHealth.RUNNING, 0), pod("b", PodHealth.FAILING, 1), pod("c", PodHealth.RUNNING, 0)));
        rows.setFilter(p -> p.health() != PodHealth.RUNNING);
        assertThat(names(rows)).containsExactly("b");

        rows.apply(batch(pod("a", PodHealth.FAILING, 2), pod("b", PodHealth.RUNNING, 1)));
        assertThat(names(rows)).containsExactly("a");
        assertThat(rows.indexOf("ns/b")).isEqualTo(-1);
        assertThat(rows.all()).hasSize(3);

        rows.setFilter(null);
        assertThat(names(rows)).containsExactly("a", "b", "c");
    }

    @Test
    void aNewOrderIsOnePermutationSoTheTableKeepsItsSelection() {
        PodTableRows rows = new PodTableRows(BY_STATUS);
        rows.apply(batch(pod("a", PodHealth.RUNNING, 5), pod("b", PodHealth.FAILING, 1), pod("c", PodHealth.RUNNING, 9)));
        List<String> seen = changes(rows);
        rows.setOrder(PodColumn.order(List.of(new PodColumn.SortKey(PodColumn.RESTARTS, false)), PodUsageTable.NONE));
        assertThat(names(rows)).containsExactly("c", "a", "b");
        assertThat(seen).containsExactly("permute");
    }
}
