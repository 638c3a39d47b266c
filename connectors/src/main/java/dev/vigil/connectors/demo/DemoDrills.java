package dev.vigil.connectors.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The drills of one demo fleet: at most one running, and the ended ones kept so that metrics history
 * still shows the spike a drill left. Every demo source (cluster, metrics, logs, alerts) reads the
 * same registry, so one drill shows in every channel. Thread-safe.
 */
public final class DemoDrills {

    private static final int KEEP_ENDED = 20;

    private final List<DrillRun> runs = new ArrayList<>();
    // Read on every simulated figure: an immutable copy, replaced on each change, so readers take no lock.
    private volatile List<DrillRun> snapshot = List.of();
    private final List<Consumer<DrillRun>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong serial = new AtomicLong();

    /** Starts a drill; a drill already running ends first. Listeners hear of both. */
    public DrillRun start(DrillScenario scenario, Instant at, double speed) {
        current().ifPresent(run -> end(at));
        DrillRun run = new DrillRun(serial.incrementAndGet(), scenario, at, speed, null);
        synchronized (runs) {
            runs.add(run);
            while (runs.size() > KEEP_ENDED) {
                runs.removeFirst();
            }
            snapshot = List.copyOf(runs);
        }
        listeners.forEach(l -> l.accept(run));
        return run;
    }

    /** Ends the running drill, if any: its symptoms stop at {@code at}. */
    public Optional<DrillRun> end(Instant at) {
        DrillRun ended;
        synchronized (runs) {
            if (runs.isEmpty() || !runs.getLast().running()) {
                return Optional.empty();
            }
            ended = runs.removeLast().ended(at);
            runs.add(ended);
            snapshot = List.copyOf(runs);
        }
        listeners.forEach(l -> l.accept(ended));
        return Optional.of(ended);
    }

    public Optional<DrillRun> current() {
        List<DrillRun> s = snapshot;
        return s.isEmpty() || !s.getLast().running() ? Optional.empty() : Optional.of(s.getLast());
    }

    /** Every run kept, oldest first. */
    public List<DrillRun> runs() {
        return snapshot;
    }

    /** The product of every kept run's multiplier for a pod's figure at an instant. */
    public double multiplier(DemoPod pod, FleetFigure figure, Instant at, DemoFleet fleet) {
        double m = 1;
        for (DrillRun run : snapshot) {
            m *= run.multiplier(pod, figure, at, fleet);
        }
        return m;
    }

    /** Hears every start and end (the run as it is after the change), on the caller's thread. */
    public AutoCloseable listen(Consumer<DrillRun> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
