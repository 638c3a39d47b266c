package dev.vigil.incidents.metrics;

import dev.vigil.incidents.EventStamp;
import dev.vigil.incidents.Severity;

import java.util.List;

/** What the figures need of one incident: its service, severity and the kinds and instants of its events (any order). */
public record IncidentFacts(String id, String service, Severity severity, List<EventStamp> events) {
    public IncidentFacts {
        events = List.copyOf(events);
    }
}
