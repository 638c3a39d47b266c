package dev.vigil.views.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CoalescingBufferTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrentLinkedQueue<Runnable> fxQueue = new ConcurrentLinkedQueue<>();
    private final List<Map<String, Integer>> batches = new ArrayList<>();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private void runFxQueue() {
        Runnable r;
        while ((r = fxQueue.poll()) != null) {
            r.run();
        }
    }

    @Test
    void keepsOnlyTheNewestValuePerKeyWithinOneBatch() {
        CoalescingBuffer<String, Integer> buffer = new CoalescingBuffer<>(fxQueue::add, timer, batches::add);
        buffer.offer("pod-a", 1);
        buffer.offer("pod-b", 1);
        buffer.offer("pod-a", 2);
        buffer.offer("pod-a", 3);
        runFxQueue();

        assertThat(batches).hasSize(1);
        assertThat(batches.getFirst()).containsExactly(Map.entry("pod-a", 3), Map.entry("pod-b", 1));
    }

    @Test
    void valuesOfferedTogetherAreAppliedInOneBatchEvenWhenTheFxThreadIsFreeAtOnce() {
        // An immediate buffer (as the tiles use) and an FX thread that runs the flush the moment it is handed one:
        // offered one by one, each value is its own batch.
        CoalescingBuffer<String, Integer> single = CoalescingBuffer.immediate(Runnable::run, timer, batches::add);
        single.offer("tiles", 0);
        single.offer("tile-1", 1);
        single.offer("finished", 2);
        assertThat(batches).hasSize(3);

        batches.clear();
        Map<String, Integer> round = new LinkedHashMap<>();
        round.put("tiles", 0);
        round.put("tile-1", 1);
        round.put("finished", 2);
        CoalescingBuffer<String, Integer> together = CoalescingBuffer.immediate(Runnable::run, timer, batches::add);
        together.offerAll(round);
        assertThat(batches).containsExactly(round);
        assertThat(batches.getFirst().keySet()).containsExactly("tiles", "tile-1", "finished");
    }

    @Test
    void schedulesOneApplyForAThousandOffersBeforeThePulse() {
        CoalescingBuffer<String, Integer> buffer = new CoalescingBuffer<>(fxQueue::add, timer, batches::add);
        for (int i = 0; i < 1000; i++) {
            buffer.offer("pod-" + (i % 50), i);
        }
        assertThat(fxQueue).hasSize(1);
        runFxQueue();
        assertThat(batches).hasSize(1);
        assertThat(batches.getFirst()).hasSize(50).containsEntry("pod-7", 957);
    }

    @Test
    void waitsOutTheFrameIntervalBeforeTheNextApply() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        long interval = TimeUnit.MILLISECONDS.toNanos(50);
        CoalescingBuffer<String, Integer> buffer = new CoalescingBuffer<>(fxQueue::add, timer, batches::add, interval, false, now::get);
        buffer.offer("a", 1);
        runFxQueue();
        assertThat(batches).hasSize(1);

        // Right after a flush, the next offer must not reach the FX queue until the interval has passed.
        buffer.offer("a", 2);
        assertThat(fxQueue).isEmpty();
        Thread.sleep(150);
        runFxQueue();
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsEntry("a", 2);
        assertThat(buffer.flushCount()).isEqualTo(2);
    }

    @Test
    void aPacedBufferWaitsLongerAfterABatchThatWasLateAndSlowAndRecoversOnceTheWindowKeepsUp() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        long ms = TimeUnit.MILLISECONDS.toNanos(1);
        long interval = 100 * ms;
        // The FX "thread" here is a queue run by the test; applying a batch takes as long as the test says.
        AtomicLong applyTakes = new AtomicLong();
        CoalescingBuffer<String, Integer> buffer = new CoalescingBuffer<>(fxQueue::add, timer, b -> {
            batches.add(b);
            now.addAndGet(applyTakes.get());
        }, interval, true, now::get);

        // On time and quick: the plain interval.
        buffer.offer("a", 1);
        runFxQueue();
        assertThat(buffer.gapNanos()).isEqualTo(interval);

        // Due at once (the interval has passed), taken 30 ms late by a busy FX thread, applied in 20 ms:
        // 2 x 50 ms more before the next.
        now.addAndGet(interval);
        buffer.offer("a", 2);
        now.addAndGet(30 * ms);
        applyTakes.set(20 * ms);
        runFxQueue();
        assertThat(batches).hasSize(2);
        assertThat(buffer.gapNanos()).isEqualTo(interval + 100 * ms);

        // However far behind, at most four intervals.
        now.addAndGet(10_000 * ms);
        buffer.offer("a", 3);
        now.addAndGet(900 * ms);
        runFxQueue();
        assertThat(buffer.gapNanos()).isEqualTo(4 * interval);

        // Settled again: the interval.
        now.addAndGet(10_000 * ms);
        applyTakes.set(0);
        buffer.offer("a", 4);
        runFxQueue();
        assertThat(batches).hasSize(4);
        assertThat(buffer.gapNanos()).isEqualTo(interval);
    }

    @Test
    void anUnpacedBufferKeepsItsIntervalHoweverLateItsBatches() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        long interval = TimeUnit.MILLISECONDS.toNanos(16);
        CoalescingBuffer<String, Integer> buffer = new CoalescingBuffer<>(fxQueue::add, timer, batches::add, interval, false, now::get);
        now.addAndGet(interval);
        buffer.offer("a", 1);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        runFxQueue();
        assertThat(buffer.gapNanos()).isEqualTo(interval);
    }
}
