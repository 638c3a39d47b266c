package dev.vigil.connectors.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One run of a drill: the scenario, when it started and how fast its clock runs (a speed of 10 plays
 * a ten-minute drill in one minute). Everything it does is a function of the instant, so metrics
 * history, logs and alerts agree about when each symptom began. Immutable; {@link #endedAt()} is set
 * by {@link DemoDrills#end}, which replaces the run.
 */
public record DrillRun(long serial, DrillScenario scenario, Instant startedAt, double speed, Instant endedAt) {

    public DrillRun {
        if (speed <= 0) {
            throw new IllegalArgumentException("a drill's speed must be above zero");
        }
    }

    /** Whether the drill's symptoms are present at {@code at}. */
    public boolean activeAt(Instant at) {
        return !at.isBefore(startedAt) && (endedAt == null || at.isBefore(endedAt));
    }

    public boolean running() {
        return endedAt == null;
    }

    /** Drill time elapsed at {@code at}, in milliseconds (wall time × speed). */
    public double elapsedMs(Instant at) {
        return Duration.between(startedAt, at).toMillis() * speed;
    }

    /** The wall-clock instant a point of drill time falls on. */
    public Instant instantOf(Duration drillTime) {
        return startedAt.plusMillis(Math.round(drillTime.toMillis() / speed));
    }

    /** Whether a step {@code at} into the drill has happened by {@code now}. */
    public boolean reached(Duration at, Instant now) {
        return activeAt(now) && elapsedMs(now) >= at.toMillis();
    }

    /** The multiplier of a figure of a pod at an instant: 1 outside the drill. */
    public double multiplier(DemoPod pod, FleetFigure figure, Instant at, DemoFleet fleet) {
        if (!activeAt(at)) {
            return 1;
        }
        double elapsed = elapsedMs(at);
        double m = 1;
        for (FigureEffect e : scenario.effects()) {
            if (e.figure() == figure && e.scope().matches(pod, fleet)) {
                m *= e.multiplier(elapsed);
            }
        }
        return m;
    }

    /** The alerts firing at {@code at}, with the instant each fired. */
    public List<Fired> firing(Instant at) {
        return scenario.alerts().stream().filter(a -> reached(a.at(), at)).map(a -> new Fired(a, instantOf(a.at()))).toList();
    }

    /** When the first page went out, if it has. */
    public Optional<Instant> firstPageAt(Instant now) {
        DrillAlert first = scenario.firstAlert();
        return reached(first.at(), now) || (!running() && !instantOf(first.at()).isAfter(endedAt))
                ? Optional.of(instantOf(first.at())) : Optional.empty();
    }

    public DrillRun ended(Instant at) {
        return new DrillRun(serial, scenario, startedAt, speed, at);
    }

    /** An alert of the drill and the instant it fired. */
    public record Fired(DrillAlert alert, Instant at) {
    }
}
