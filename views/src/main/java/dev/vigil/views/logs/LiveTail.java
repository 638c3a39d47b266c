package dev.vigil.views.logs;

import dev.vigil.connectors.logs.LogHit;
import dev.vigil.connectors.logs.LogQuery;
import dev.vigil.connectors.logs.LogSource;
import dev.vigil.connectors.logs.LogTail;
import dev.vigil.connectors.logs.TailBatch;
import dev.vigil.connectors.logs.TailPosition;
import dev.vigil.views.common.CoalescingBuffer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The live tail on screen: a {@link LogTail} polls every {@value #POLL_MILLIS} ms on the timer pool, its
 * batches cross to the FX thread through a {@link CoalescingBuffer} (one apply per pulse at most), and the
 * lines, oldest first, stay within {@value #CAPACITY} (the oldest drop off). Paused (the user scrolled up),
 * new lines wait aside, also bounded, and join when following resumes.
 */
public final class LiveTail {

    public static final int CAPACITY = 5_000;
    static final long POLL_MILLIS = 1_000;
    static final int MAX_PER_POLL = 2_000;

    private final Executor fx;
    private final ScheduledExecutorService timer;
    private final Consumer<Throwable> failed;
    private final ObservableList<LogHit> lines = FXCollections.observableArrayList();
    private final ArrayDeque<LogHit> waiting = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper waitingCount = new ReadOnlyIntegerWrapper();
    private final AtomicLong sequence = new AtomicLong();
    private LogTail poller;
    private long generation;

    LiveTail(Executor fx, ScheduledExecutorService timer, Consumer<Throwable> failed) {
        this.fx = fx;
        this.timer = timer;
        this.failed = failed;
    }

    void start(LogSource source, LogQuery query, java.time.Instant since) {
        stop();
        lines.clear();
        waiting.clear();
        waitingCount.set(0);
        paused.set(false);
        long mine = ++generation;
        CoalescingBuffer<Long, TailBatch> buffer = new CoalescingBuffer<>(fx, timer, batch -> apply(mine, batch));
        poller = new LogTail(source, query, TailPosition.from(since), MAX_PER_POLL,
                b -> buffer.offer(sequence.incrementAndGet(), b),
                e -> fx.execute(() -> {
                    if (mine == generation) {
                        failed.accept(e);
                    }
                })).start(timer, POLL_MILLIS);
        running.set(true);
    }

    void stop() {
        generation++;
        if (poller != null) {
            poller.close();
            poller = null;
        }
        running.set(false);
    }

    private void apply(long mine, Map<Long, TailBatch> batches) {
        if (mine != generation) {
            return;
        }
        List<LogHit> fresh = new ArrayList<>();
        batches.values().forEach(b -> fresh.addAll(b.lines()));
        if (paused.get()) {
            waiting.addAll(fresh);
            while (waiting.size() > CAPACITY) {
                waiting.removeFirst();
            }
            waitingCount.set(waiting.size());
        } else {
            add(fresh);
        }
    }

    private void add(List<LogHit> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        int overflow = lines.size() + fresh.size() - CAPACITY;
        if (overflow >= lines.size()) {
            lines.setAll(fresh.subList(Math.max(0, fresh.size() - CAPACITY), fresh.size()));
            return;
        }
        if (overflow > 0) {
            lines.remove(0, overflow);
        }
        lines.addAll(fresh);
    }

    /** The user scrolled away from the newest line: stop moving the list under them. */
    public void pause() {
        paused.set(true);
    }

    /** "Jump to latest": what arrived meanwhile joins, and following goes on. */
    public void resume() {
        List<LogHit> held = new ArrayList<>(waiting);
        waiting.clear();
        waitingCount.set(0);
        paused.set(false);
        add(held);
    }

    public ObservableList<LogHit> lines() {
        return lines;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty waitingProperty() {
        return waitingCount.getReadOnlyProperty();
    }
}
