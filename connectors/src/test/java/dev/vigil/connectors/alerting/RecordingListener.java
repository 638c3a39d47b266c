package dev.vigil.connectors.alerting;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Keeps what a source pushed, and waits for a snapshot or state that satisfies a test. */
final class RecordingListener implements AlertListener {

    final List<List<Alert>> snapshots = new CopyOnWriteArrayList<>();
    final List<AlertFeedState> states = new CopyOnWriteArrayList<>();

    @Override
    public void onAlerts(List<Alert> alerts) {
        snapshots.add(alerts);
    }

    @Override
    public void onState(AlertFeedState state) {
        states.add(state);
    }

    List<Alert> awaitSnapshot(Duration within, Predicate<List<Alert>> test) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!snapshots.isEmpty() && test.test(snapshots.getLast())) {
                return snapshots.getLast();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no snapshot within " + within + " matched; last: "
                + (snapshots.isEmpty() ? "none" : snapshots.getLast()) + "; states: " + states);
    }

    AlertFeedState awaitState(Duration within, Predicate<AlertFeedState> test) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (AlertFeedState s : states) {
                if (test.test(s)) {
                    return s;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no state within " + within + " matched; states: " + states);
    }
}
