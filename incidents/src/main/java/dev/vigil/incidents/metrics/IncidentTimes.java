package dev.vigil.incidents.metrics;

import dev.vigil.incidents.EventStamp;
import dev.vigil.incidents.Severity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One incident's key instants, chosen by the same rules as the report (first impact start or else
 * detection, first detected / acknowledged / contained, last resolved; open when not resolved or
 * reopened since), and the durations a responder watches. Null where the event has not happened.
 */
public record IncidentTimes(Instant impactStart, Instant detected, Instant acknowledged, Instant contained,
                            Instant lastResolved, boolean open) {

    /** Reads a whole timeline (every event, whatever its instant). */
    public static IncidentTimes of(List<EventStamp> events) {
        IncidentReading r = IncidentReading.of(new IncidentFacts("", "", Severity.SEV4, events), Long.MAX_VALUE);
        return new IncidentTimes(instant(r.impactStart()), instant(r.detected()), instant(r.acknowledged()),
                instant(r.contained()), instant(r.lastResolved()), r.open());
    }

    private static Instant instant(long millis) {
        return millis < 0 ? null : Instant.ofEpochMilli(millis);
    }

    public Duration timeToDetect() {
        return between(impactStart, detected);
    }

    public Duration timeToAcknowledge() {
        return between(detected, acknowledged);
    }

    public Duration timeToContain() {
        return between(detected, contained);
    }

    /** From impact start to the last resolution; null while the incident is open. */
    public Duration timeToRecover() {
        return open ? null : between(impactStart, lastResolved);
    }

    private static Duration between(Instant from, Instant to) {
        return from == null || to == null ? null : Duration.between(from, to);
    }
}
