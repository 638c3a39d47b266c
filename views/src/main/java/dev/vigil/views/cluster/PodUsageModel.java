package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodUsage;
import dev.vigil.connectors.kubernetes.PodUsageSource;
import dev.vigil.views.common.BackgroundTask;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The pods table's CPU and memory figures: one question to the environment's source for every pod
 * (of the filtered namespaces) per refresh, asked only while the Cluster section is on screen, at
 * most one in flight. FX thread only; the answer is turned into a lookup table off it.
 */
final class PodUsageModel {

    static final Duration PERIOD = Duration.ofSeconds(30);

    private final ExecutorService io;
    private final Executor fx;
    private final ScheduledExecutorService timer;
    private final Supplier<Set<String>> namespaces;
    private final ReadOnlyObjectWrapper<PodUsageTable> table = new ReadOnlyObjectWrapper<>(PodUsageTable.NONE);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty onScreen = new SimpleBooleanProperty(true);
    private PodUsageSource source;
    private ScheduledFuture<?> ticker;
    private BackgroundTask.Handle round;
    private boolean asking;
    private long rounds;
    private long lastAsked = Long.MIN_VALUE / 2;
    private long generation;

    PodUsageModel(ExecutorService io, Executor fx, ScheduledExecutorService timer, Supplier<Set<String>> namespaces) {
        this.io = io;
        this.fx = fx;
        this.timer = timer;
        this.namespaces = namespaces;
        onScreen.addListener((o, was, shown) -> {
            if (shown) {
                tick();
            }
        });
    }

    /** Uses this source from now on (null: the environment has none); the old one is closed. */
    void use(PodUsageSource next) {
        generation++;
        if (round != null) {
            round.cancel();
            round = null;
        }
        asking = false;
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
        if (source != null) {
            source.close();
        }
        source = next;
        table.set(PodUsageTable.NONE);
        message.set("");
        available.set(next != null);
        lastAsked = Long.MIN_VALUE / 2;
        if (next != null) {
            long gen = generation;
            ticker = timer.scheduleWithFixedDelay(() -> fx.execute(() -> {
                if (gen == generation) {
                    tick();
                }
            }), 0, 1, TimeUnit.SECONDS);
        }
    }

    /** Asks again now (the filter's namespaces changed), unless a question is out. */
    void refreshSoon() {
        lastAsked = Long.MIN_VALUE / 2;
        tick();
    }

    private void tick() {
        if (source == null || !onScreen.get() || asking || System.nanoTime() - lastAsked < PERIOD.toNanos()) {
            return;
        }
        lastAsked = System.nanoTime();
        asking = true;
        long thisRound = ++rounds;
        PodUsageSource asked = source;
        Set<String> which = namespaces.get();
        round = BackgroundTask.of(() -> {
                    Map<String, PodUsage> figures = asked.usage(which).get(PERIOD.toSeconds(), TimeUnit.SECONDS);
                    return new PodUsageTable(figures);
                })
                .onSuccess(t -> {
                    table.set(t);
                    message.set(t.size() == 0 ? "No CPU or memory figures from " + asked.describe() : "");
                })
                .onError(e -> message.set("CPU and memory unavailable: " + rootMessage(e)))
                .andFinally(() -> {
                    if (thisRound == rounds) {
                        asking = false;
                    }
                })
                .start(io, fx);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.ExecutionException || t instanceof java.util.concurrent.CompletionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    void close() {
        use(null);
        rounds++;
    }

    ReadOnlyObjectProperty<PodUsageTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    BooleanProperty onScreenProperty() {
        return onScreen;
    }
}
