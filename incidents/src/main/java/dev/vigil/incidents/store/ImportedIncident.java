package dev.vigil.incidents.store;

import dev.vigil.incidents.Severity;

import java.util.List;

/** A whole incident arriving from a file, already checked against the lifecycle rules. */
public record ImportedIncident(String id, String title, String service, Severity severity, String environment,
                               List<NewEvent> events) {
    public ImportedIncident {
        events = List.copyOf(events);
    }
}
