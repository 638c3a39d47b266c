package dev.vigil.views.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The one way views run background work: the work runs on an explicit executor, then exactly one of
 * success or error runs on the callback executor (the FX thread in the app), then finally. A
 * cancelled task calls neither success nor error, only finally, so a superseded query never paints
 * over a newer one.
 *
 * <pre>{@code
 * running = BackgroundTask.of(() -> client.query(q))
 *         .onSuccess(result::set)
 *         .onError(e -> error.set(e.getMessage()))
 *         .start(ioExecutor, FxThread.executor());
 * }</pre>
 */
public final class BackgroundTask<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    private final Callable<T> work;
    private Consumer<? super T> onSuccess = v -> { };
    private Consumer<? super Throwable> onError = e -> LOG.warn("background task failed", e);
    private Runnable andFinally = () -> { };

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onError(Consumer<? super Throwable> callback) {
        this.onError = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> andFinally(Runnable callback) {
        this.andFinally = Objects.requireNonNull(callback);
        return this;
    }

    /** Starts the work on {@code workers}; callbacks run on {@code callbacks}. */
    public Handle start(ExecutorService workers, Executor callbacks) {
        Runnable finallyCallback = andFinally;
        Handle handle = new Handle(() -> callbacks.execute(finallyCallback));
        handle.future = workers.submit(() -> {
            if (!handle.started.compareAndSet(false, true)) {
                return null;
            }
            T value = null;
            Throwable failure = null;
            try {
                value = work.call();
            } catch (Throwable t) {
                failure = t;
            }
            T result = value;
            Throwable error = failure;
            callbacks.execute(() -> {
                try {
                    if (handle.cancelled.get() || error instanceof CancellationException
                            || error instanceof InterruptedException) {
                        return;
                    }
                    if (error != null) {
                        onError.accept(error);
                    } else {
                        onSuccess.accept(result);
                    }
                } finally {
                    handle.done.set(true);
                    andFinally.run();
                }
            });
            return null;
        });
        return handle;
    }

    /** A started task: cancel it when newer work supersedes it. */
    public static final class Handle {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean started = new AtomicBoolean();
        private final AtomicBoolean done = new AtomicBoolean();
        private final Runnable finallyWhenNeverStarted;
        private volatile Future<?> future;

        private Handle(Runnable finallyWhenNeverStarted) {
            this.finallyWhenNeverStarted = finallyWhenNeverStarted;
        }

        /** Interrupts the work if it is still running; its success and error callbacks will not run. */
        public void cancel() {
            if (!cancelled.compareAndSet(false, true)) {
                return;
            }
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
            // Work that never started still owes its caller the finally callback (e.g. to clear a spinner).
            if (started.compareAndSet(false, true)) {
                done.set(true);
                finallyWhenNeverStarted.run();
            }
        }

        public boolean isCancelled() {
            return cancelled.get();
        }

        /** True once the callbacks have run (or were skipped because of cancellation). */
        public boolean isDone() {
            return done.get();
        }
    }
}
