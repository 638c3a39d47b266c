package dev.vigil.views.common;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The batching seam between live sources and the scene graph. Producers on any thread
 * {@link #offer} the newest state per key; the buffer keeps only the newest value per key and hands
 * the accumulated batch to {@code apply} on the FX executor at most once per frame interval
 * (16 ms by default: one pulse), so a source sending thousands of updates a second costs the FX
 * thread one short apply per pulse instead of one {@code runLater} per event.
 */
public final class CoalescingBuffer<K, V> {

    public static final long ONE_PULSE_NANOS = TimeUnit.MILLISECONDS.toNanos(16);

    private final Executor fx;
    private final ScheduledExecutorService timer;
    private final Consumer<Map<K, V>> apply;
    private final long minIntervalNanos;
    private final boolean paced;
    private final LongSupplier clock;

    private final Object lock = new Object();
    private Map<K, V> pending = new LinkedHashMap<>();
    private boolean scheduled;
    private long lastFlushNanos;
    private long dueNanos;
    private long gapNanos;
    private long flushes;

    public CoalescingBuffer(Executor fx, ScheduledExecutorService timer, Consumer<Map<K, V>> apply) {
        this(fx, timer, apply, ONE_PULSE_NANOS, false, System::nanoTime);
    }

    /**
     * A buffer without the minimum interval: it applies as soon as the FX thread takes the batch,
     * gathering whatever arrived in the meantime. For answers whose latency counts (metric tiles): the
     * scene still paints once per pulse, however many batches were applied before it.
     */
    public static <K, V> CoalescingBuffer<K, V> immediate(Executor fx, ScheduledExecutorService timer, Consumer<Map<K, V>> apply) {
        return new CoalescingBuffer<>(fx, timer, apply, 0, false, System::nanoTime);
    }

    /**
     * A buffer that applies at most once per {@code interval} (a table people read, not a meter), and
     * less often while the window is behind: the gap before the next batch grows by twice what the
     * last one waited for the FX thread past its time and took to apply, up to four intervals in all.
     * On a machine whose cores are taken (the first seconds of a busy cluster's watch, the JIT still
     * compiling), a batch that moves the table's rows costs far more than on a settled one; spacing
     * them out keeps the frames in between short and leaves the window free for the user's input. A
     * settled window (batches on time, applied in a few milliseconds) sees about the plain interval.
     */
    public static <K, V> CoalescingBuffer<K, V> atMostEvery(Duration interval, Executor fx, ScheduledExecutorService timer,
                                                            Consumer<Map<K, V>> apply) {
        return new CoalescingBuffer<>(fx, timer, apply, interval.toNanos(), true, System::nanoTime);
    }

    CoalescingBuffer(Executor fx, ScheduledExecutorService timer, Consumer<Map<K, V>> apply,
                     long minIntervalNanos, boolean paced, LongSupplier clock) {
        this.fx = Objects.requireNonNull(fx);
        this.timer = Objects.requireNonNull(timer);
        this.apply = Objects.requireNonNull(apply);
        this.minIntervalNanos = minIntervalNanos;
        this.paced = paced;
        this.clock = clock;
        this.gapNanos = minIntervalNanos;
        this.lastFlushNanos = clock.getAsLong() - minIntervalNanos;
    }

    /** Records the newest value for a key; safe from any thread, never blocks on the FX thread. */
    public void offer(K key, V value) {
        long delay;
        synchronized (lock) {
            pending.put(key, value);
            delay = scheduleLocked();
        }
        hand(delay);
    }

    /**
     * Records the newest values of several keys at once, in the map's order: they are applied in the same batch
     * (a batch being applied meanwhile has none of them). Safe from any thread.
     */
    public void offerAll(Map<K, V> values) {
        if (values.isEmpty()) {
            return;
        }
        long delay;
        synchronized (lock) {
            pending.putAll(values);
            delay = scheduleLocked();
        }
        hand(delay);
    }

    /** Under the lock: the wait before the next flush, or -1 when one is already on its way. */
    private long scheduleLocked() {
        if (scheduled) {
            return -1;
        }
        scheduled = true;
        long now = clock.getAsLong();
        long delay = Math.max(0, lastFlushNanos + gapNanos - now);
        dueNanos = now + delay;
        return delay;
    }

    private void hand(long delay) {
        if (delay == 0) {
            fx.execute(this::flush);
        } else if (delay > 0) {
            timer.schedule(() -> fx.execute(this::flush), delay, TimeUnit.NANOSECONDS);
        }
    }

    /** The wait, after a batch, before the next one may be applied (the interval, or more while behind). */
    long gapNanos() {
        synchronized (lock) {
            return gapNanos;
        }
    }

    /** How many batches have been applied so far. */
    public long flushCount() {
        synchronized (lock) {
            return flushes;
        }
    }

    private void flush() {
        Map<K, V> batch;
        long start = clock.getAsLong();
        long late;
        synchronized (lock) {
            batch = pending;
            pending = new LinkedHashMap<>();
            scheduled = false;
            lastFlushNanos = start;
            late = Math.max(0, start - dueNanos);
            flushes++;
        }
        if (!batch.isEmpty()) {
            apply.accept(batch);
        }
        if (paced) {
            long behind = late + (clock.getAsLong() - start);
            synchronized (lock) {
                gapNanos = minIntervalNanos + Math.min(3 * minIntervalNanos, 2 * behind);
            }
        }
    }
}
