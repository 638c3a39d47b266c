package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.client.dsl.LogWatch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Follows a container's log the way k9s and Lens do rather than the way {@code kubectl logs -f} does:
 * when the server ends the stream (the container restarted, the API server or a proxy closed an idle
 * stream, the connection dropped) it opens a new one from the last line it saw, so the view keeps
 * following. Lines are always asked for with timestamps, which is how a resumed stream skips what was
 * already delivered; they are passed on without them unless the request asked for timestamps.
 * A stream that ends within {@link #QUICK_END} is reopened after {@link #PAUSE} (a server that answers
 * a follow with what it has and closes is polled once a second, not hammered); after {@link #GIVE_UP}
 * failures in a row, or when the pod is gone, the follow ends.
 */
final class LogFollower implements AutoCloseable {

    static final Duration QUICK_END = Duration.ofSeconds(2);
    static final Duration PAUSE = Duration.ofSeconds(1);
    static final int GIVE_UP = 3;

    private final LogRequest request;
    /** Opens a follow stream; the argument is the time to resume from ({@code null}: as the request says). */
    private final Function<Instant, LogWatch> open;
    private final Consumer<String> lines;
    private final Consumer<Throwable> ended;
    /** Whether the pod still exists: a stream of a deleted pod ends as quietly as any other. */
    private final BooleanSupplier podExists;

    private volatile boolean closed;
    private volatile LogWatch current;
    private Thread reader;

    private Instant lastAt;
    private int deliveredAtLast;

    LogFollower(LogRequest request, Function<Instant, LogWatch> open, BooleanSupplier podExists,
                Consumer<String> lines, Consumer<Throwable> ended) {
        this.request = request;
        this.podExists = podExists;
        this.open = open;
        this.lines = lines;
        this.ended = ended;
    }

    /** Opens the first stream here, so a pod that cannot be read fails the call; then reads on a thread of its own. */
    LogFollower start() {
        current = open.apply(null);
        reader = Thread.ofVirtual().name("vigil-log-" + request.pod()).start(this::run);
        return this;
    }

    private void run() {
        int failures = 0;
        Instant startedFollowing = Instant.now();
        LogWatch watch = current;
        while (true) {
            long openedAt = System.nanoTime();
            Throwable failure = read(watch);
            watch.close();
            if (closed) {
                return;
            }
            if (failure == null && !exists()) {
                ended.accept(new ClusterException("pod " + request.namespace() + "/" + request.pod() + " no longer exists"));
                return;
            }
            failures = failure == null ? 0 : failures + 1;
            boolean quick = System.nanoTime() - openedAt < QUICK_END.toNanos();
            while (true) {
                if (failures >= GIVE_UP) {
                    ended.accept(failure);
                    return;
                }
                if ((quick || failure != null) && !pause(PAUSE.multipliedBy(Math.max(1, failures)))) {
                    return;
                }
                try {
                    // Resume from the second of the last line seen (the API takes whole seconds); what was
                    // already delivered from that second is skipped. Nothing seen yet: from when following began.
                    Instant from = lastAt != null ? lastAt : startedFollowing;
                    watch = open.apply(from.truncatedTo(ChronoUnit.SECONDS));
                    current = watch;
                    break;
                } catch (RuntimeException e) {
                    failure = e;
                    failures++;
                    quick = true;
                }
            }
            if (closed) {
                watch.close();
                return;
            }
        }
    }

    /** Reads one stream to its end; the reason it ended, {@code null} when the server simply closed it. */
    private Throwable read(LogWatch watch) {
        int skip = deliveredAtLast;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(watch.getOutput(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                skip = offer(line, skip);
            }
        } catch (IOException | RuntimeException e) {
            return closed ? null : e;
        }
        return closeReason(watch);
    }

    /** Passes one line on unless a resumed stream already delivered it; returns how many more to skip. */
    private int offer(String raw, int skip) {
        Instant at = Timestamps.ofLogLine(raw); // null: a line without a timestamp, nothing to resume by
        if (at != null && lastAt != null) {
            if (at.isBefore(lastAt)) {
                return skip;
            }
            if (at.equals(lastAt) && skip > 0) {
                return skip - 1;
            }
        }
        if (at != null) {
            if (at.equals(lastAt)) {
                deliveredAtLast++;
            } else {
                lastAt = at;
                deliveredAtLast = 1;
            }
        }
        lines.accept(request.timestamps() || at == null ? raw : raw.substring(raw.indexOf(' ') + 1));
        return at != null && at.equals(lastAt) ? 0 : skip;
    }

    private static Throwable closeReason(LogWatch watch) {
        try {
            CompletableFuture<Throwable> reason = watch.onClose().toCompletableFuture();
            return reason.get(1, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** True unless the server says the pod is gone; a server that cannot say counts as a yes (the reopen will tell). */
    private boolean exists() {
        try {
            return podExists.getAsBoolean();
        } catch (RuntimeException e) {
            return true;
        }
    }

    private boolean pause(Duration d) {
        try {
            Thread.sleep(d);
            return !closed;
        } catch (InterruptedException e) {
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
        LogWatch w = current;
        if (w != null) {
            w.close();
        }
        if (reader != null) {
            reader.interrupt();
        }
    }
}
