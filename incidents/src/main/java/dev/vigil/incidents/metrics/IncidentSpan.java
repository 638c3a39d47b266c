package dev.vigil.incidents.metrics;

import dev.vigil.incidents.EventStamp;

import java.util.List;

/**
 * What a whole timeline says about an incident's outage, for the store to keep beside the incident so
 * a report can pick its candidates in SQL: first detected, impact start, and where its last downtime
 * interval ends ({@code null} while one is still open). All epoch ms; {@code detected} -1 when absent.
 */
public record IncidentSpan(long detected, long impactStart, Long downtimeEnd) {

    public static IncidentSpan of(List<EventStamp> events) {
        IncidentReading r = IncidentReading.of(new IncidentFacts("", "", null, events), Long.MAX_VALUE);
        if (!r.exists()) {
            return new IncidentSpan(-1, -1, null);
        }
        List<long[]> intervals = r.downtimeIntervals(Long.MAX_VALUE);
        long end = intervals.isEmpty() ? r.impactStart() : intervals.getLast()[1];
        return new IncidentSpan(r.detected(), r.impactStart(), end == Long.MAX_VALUE ? null : end);
    }
}
