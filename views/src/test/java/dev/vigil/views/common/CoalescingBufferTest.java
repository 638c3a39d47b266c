package dev.vigil.views.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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
        CoalescingBuffer<String, Integer> buffer = new CoalescingBuffer<>(fxQueue::add, timer, batches::add, interval, now::get);
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
}
