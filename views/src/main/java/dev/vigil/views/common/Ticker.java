package dev.vigil.views.common;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action on the FX thread every period while a node is in a showing window, timed by a
 * thread of its own. A {@code Timeline} would do the same, but any running animation keeps the
 * toolkit pulsing 60 times a second, so three once-a-second clocks kept an idle window walking its
 * scene 60 times a second all night. A tick that finds the previous one still waiting for the FX
 * thread is dropped, so a busy window does not queue them.
 */
public final class Ticker {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vigil-ticker");
        t.setDaemon(true);
        return t;
    });

    private final Duration period;
    private final Runnable action;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private ScheduledFuture<?> ticking;

    private Ticker(Duration period, Runnable action) {
        this.period = period;
        this.action = action;
    }

    /**
     * Ticks while {@code node} is in a showing window: once as it starts showing (what it shows may have
     * aged while it was away), then every period. FX thread. The ticker lives as long as the node.
     */
    public static Ticker whileShowing(Node node, Duration period, Runnable action) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a ticker needs a positive period");
        }
        Ticker ticker = new Ticker(period, action);
        ObservableValue<Boolean> showing = node.sceneProperty()
                .flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty)
                .orElse(false);
        showing.addListener((obs, was, now) -> ticker.running(now));
        // Held by the node: the derived value must outlive this call for its listener to keep firing.
        node.getProperties().put(Ticker.class.getName() + "@" + System.identityHashCode(ticker), showing);
        ticker.running(showing.getValue());
        return ticker;
    }

    /** Whether the ticker is scheduled now (for tests). */
    public synchronized boolean running() {
        return ticking != null;
    }

    private synchronized void running(boolean on) {
        if (on && ticking == null) {
            long ms = period.toMillis();
            ticking = TIMER.scheduleAtFixedRate(this::post, 0, ms, TimeUnit.MILLISECONDS);
        } else if (!on && ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }

    private void post() {
        if (waiting.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                waiting.set(false);
                action.run();
            });
        }
    }
}
