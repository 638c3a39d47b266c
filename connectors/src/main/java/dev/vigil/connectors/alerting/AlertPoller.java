package dev.vigil.connectors.alerting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The live feed of a polled provider: one poll at a time on the I/O executor, the next one
 * {@code period} after the last ended; after a failure it waits twice as long each time (up to
 * {@link #MAX_BACKOFF}), and after a 429 at least what the server's Retry-After asked.
 */
final class AlertPoller implements AutoCloseable {

    static final Duration MAX_BACKOFF = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(AlertPoller.class);

    /** One poll: the whole current list, or why not. */
    @FunctionalInterface
    interface Fetch {
        List<Alert> fetch() throws AlertException;
    }

    private final String name;
    private final Fetch fetch;
    private final ScheduledExecutorService timer;
    private final Executor io;
    private final Duration period;
    private final Clock clock;
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile AlertListener listener;
    private volatile boolean closed;
    private ScheduledFuture<?> next;
    private int failures;

    AlertPoller(String name, Fetch fetch, ScheduledExecutorService timer, Executor io, Duration period, Clock clock) {
        this.name = name;
        this.fetch = fetch;
        this.timer = timer;
        this.io = io;
        this.period = period;
        this.clock = clock;
    }

    void start(AlertListener l) {
        this.listener = l;
        l.onState(new AlertFeedState(AlertFeedState.Kind.CONNECTING, "Connecting to " + name + "…", clock.instant(), null));
        schedule(Duration.ZERO);
    }

    /** Polls now unless a poll is under way (its answer is as fresh). */
    void pollNow() {
        schedule(Duration.ZERO);
    }

    private synchronized void schedule(Duration delay) {
        if (closed || listener == null) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = timer.schedule(() -> io.execute(this::pollOnce), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollOnce() {
        if (closed || !polling.compareAndSet(false, true)) {
            return;
        }
        Duration wait;
        try {
            List<Alert> alerts = fetch.fetch();
            failures = 0;
            wait = period;
            if (!closed) {
                listener.onAlerts(alerts);
                listener.onState(new AlertFeedState(AlertFeedState.Kind.LIVE,
                        alerts.size() + " alerts from " + name, clock.instant(), clock.instant().plus(wait)));
            }
        } catch (AlertException e) {
            failures++;
            wait = backoff(period, failures, e.retryAfter());
            LOG.debug("poll of {} failed ({}), next in {}", name, e.kind(), wait, e);
            if (!closed) {
                listener.onState(new AlertFeedState(AlertFeedState.of(e.kind()), e.getMessage(), clock.instant(),
                        clock.instant().plus(wait)));
            }
        } catch (RuntimeException e) {
            failures++;
            wait = backoff(period, failures, null);
            LOG.warn("poll of {} failed", name, e);
            if (!closed) {
                listener.onState(new AlertFeedState(AlertFeedState.Kind.FAILING, name + ": " + e, clock.instant(),
                        clock.instant().plus(wait)));
            }
        } finally {
            polling.set(false);
        }
        schedule(wait);
    }

    /** Twice the period per failure in a row, capped; never sooner than the server's Retry-After. */
    static Duration backoff(Duration period, int failures, Duration retryAfter) {
        long factor = 1L << Math.min(failures, 10);
        Duration wait = period.multipliedBy(factor);
        if (wait.compareTo(MAX_BACKOFF) > 0) {
            wait = MAX_BACKOFF;
        }
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return wait;
    }

    Instant now() {
        return clock.instant();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel(false);
        }
    }
}
