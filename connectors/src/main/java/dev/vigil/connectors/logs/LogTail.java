package dev.vigil.connectors.logs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A live tail over any {@link LogSource}: polls for lines newer than the last one seen, at most
 * {@code maxPerPoll} a poll (a burst is caught up over the next polls rather than in one huge answer), on
 * the given scheduler. Batches and failures go to the consumers on the scheduler's thread; a failed poll
 * is retried at the next tick from the same position, so nothing is skipped when the store comes back.
 */
public final class LogTail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogTail.class);

    private final LogSource source;
    private final LogQuery query;
    private final int maxPerPoll;
    private final Consumer<TailBatch> lines;
    private final Consumer<LogQueryException> failures;
    private final Object lock = new Object();
    private TailPosition position;
    private ScheduledFuture<?> task;
    private volatile boolean closed;

    public LogTail(LogSource source, LogQuery query, TailPosition start, int maxPerPoll,
                   Consumer<TailBatch> lines, Consumer<LogQueryException> failures) {
        this.source = Objects.requireNonNull(source);
        this.query = Objects.requireNonNull(query);
        this.position = Objects.requireNonNull(start);
        this.maxPerPoll = maxPerPoll;
        this.lines = Objects.requireNonNull(lines);
        this.failures = Objects.requireNonNull(failures);
    }

    /** Polls every {@code periodMillis} from now on (fixed delay: a slow answer never stacks polls). */
    public LogTail start(ScheduledExecutorService scheduler, long periodMillis) {
        synchronized (lock) {
            task = scheduler.scheduleWithFixedDelay(this::pollOnce, 0, periodMillis, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** One poll; public for tests and benches that drive the tail themselves. */
    public void pollOnce() {
        if (closed) {
            return;
        }
        try {
            TailPosition from;
            synchronized (lock) {
                from = position;
            }
            TailBatch batch = source.newer(query, from, maxPerPoll);
            synchronized (lock) {
                position = batch.position();
            }
            if (!closed && !batch.lines().isEmpty()) {
                lines.accept(batch);
            }
        } catch (LogQueryException e) {
            if (!closed) {
                failures.accept(e);
            }
        } catch (RuntimeException e) {
            LOG.warn("log tail poll failed", e);
            if (!closed) {
                failures.accept(new LogQueryException(LogQueryException.Kind.SERVER, String.valueOf(e.getMessage()), e));
            }
        }
    }

    public TailPosition position() {
        synchronized (lock) {
            return position;
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            if (task != null) {
                task.cancel(false);
            }
        }
    }
}
