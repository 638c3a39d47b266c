package dev.vigil.incidents.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * One SLA clock of an incident as a responder sees it now: started at detection, stopped at the first
 * acknowledgement (or the final resolution), measured against its target. Exactly on the target is
 * kept, as in the report (shared/specs/reliability-metrics.md).
 */
public record ResponseClock(Duration target, Duration elapsed, boolean stopped, State state) {

    /** Share of the target after which a running clock is shown as at risk. */
    public static final double AT_RISK_SHARE = 0.75;

    public enum State { ON_TRACK, AT_RISK, BREACHED, MET }

    /** The acknowledge clock: detection → first acknowledgement. */
    public static ResponseClock acknowledge(IncidentTimes times, Duration target, Instant now) {
        return of(times.detected(), times.acknowledged(), target, now);
    }

    /** The resolve clock: detection → last resolution, running again while the incident is reopened. */
    public static ResponseClock resolve(IncidentTimes times, Duration target, Instant now) {
        return of(times.detected(), times.open() ? null : times.lastResolved(), target, now);
    }

    private static ResponseClock of(Instant start, Instant stop, Duration target, Instant now) {
        if (start == null) {
            return new ResponseClock(target, Duration.ZERO, false, State.ON_TRACK);
        }
        Duration elapsed = Duration.between(start, stop != null ? stop : now);
        boolean late = elapsed.compareTo(target) > 0;
        State state;
        if (stop != null) {
            state = late ? State.BREACHED : State.MET;
        } else if (late) {
            state = State.BREACHED;
        } else {
            state = elapsed.toMillis() >= target.toMillis() * AT_RISK_SHARE ? State.AT_RISK : State.ON_TRACK;
        }
        return new ResponseClock(target, elapsed, stop != null, state);
    }

    /** Time left before the target (negative once past it). */
    public Duration remaining() {
        return target.minus(elapsed);
    }
}
