package dev.vigil.views.common;

import dev.vigil.incidents.store.IncidentStore;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The incident store as the window sees it: opened off the FX thread (a PostgreSQL server may be slow
 * or away), with the reason when it could not be opened, and a revision that changes whenever anything
 * was written — by this window or by another Vigil on the same store — so views reload within a second.
 */
public final class StoreConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreConnection.class);
    private static final Duration POLL = Duration.ofMillis(750);

    private final Callable<IncidentStore> opener;
    private final String location;
    private final ExecutorService io;
    private final ScheduledExecutorService timer;
    private final Executor fx;

    private final ReadOnlyObjectWrapper<IncidentStore> store = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(-1);
    private volatile long lastSeen = -1;
    private volatile boolean closed;
    private ScheduledFuture<?> poller;

    public StoreConnection(Callable<IncidentStore> opener, String location, ExecutorService io,
                           ScheduledExecutorService timer, Executor fx) {
        this.opener = Objects.requireNonNull(opener);
        this.location = Objects.requireNonNull(location);
        this.io = Objects.requireNonNull(io);
        this.timer = Objects.requireNonNull(timer);
        this.fx = Objects.requireNonNull(fx);
    }

    /** Opens the store in the background; on failure {@link #errorProperty()} says why. Safe to call again to retry. */
    public void connect() {
        if (closed || store.get() != null) {
            return;
        }
        error.set("");
        BackgroundTask.of(opener)
                .onSuccess(opened -> {
                    if (closed) {
                        opened.close(); // the window closed while the store was opening
                        return;
                    }
                    store.set(opened);
                    startPolling(opened);
                })
                .onError(e -> {
                    LOG.warn("incident store {} unavailable", location, e);
                    error.set("The incident store " + location + " could not be opened: "
                            + (e.getMessage() == null ? e.toString() : e.getMessage()));
                })
                .start(io, fx);
    }

    private void startPolling(IncidentStore opened) {
        poller = timer.scheduleWithFixedDelay(() -> {
            try {
                long now = opened.revision();
                if (now != lastSeen) {
                    lastSeen = now;
                    fx.execute(() -> revision.set(now));
                }
            } catch (RuntimeException e) {
                LOG.debug("revision poll failed", e);
            }
        }, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs store work off the FX thread; the callbacks run on the FX thread. Nothing runs while the store is closed. */
    public <T> BackgroundTask.Handle run(StoreWork<T> work, java.util.function.Consumer<? super T> onSuccess,
                                         java.util.function.Consumer<? super Throwable> onError) {
        IncidentStore s = store.get();
        if (closed) {
            return null; // the window is closing: nothing more is asked of the store
        }
        if (s == null) {
            onError.accept(new IllegalStateException(error.get().isEmpty() ? "the incident store is still opening" : error.get()));
            return null;
        }
        return BackgroundTask.of(() -> work.apply(s)).onSuccess(onSuccess).onError(onError).start(io, fx);
    }

    /** Work against the open store. */
    @FunctionalInterface
    public interface StoreWork<T> {
        T apply(IncidentStore store) throws Exception;
    }

    public ReadOnlyObjectProperty<IncidentStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Changes after every committed write to the store, from any process (−1 until the first poll). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public String location() {
        return location;
    }

    @Override
    public void close() {
        closed = true;
        if (poller != null) {
            poller.cancel(true);
        }
        IncidentStore s = store.get();
        if (s != null) {
            s.close();
        }
    }
}
