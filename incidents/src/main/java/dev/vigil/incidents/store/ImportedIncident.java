package dev.vigil.incidents.store;

import dev.vigil.incidents.Severity;

import java.util.List;

/**
 * A whole incident arriving from a file, already checked against the lifecycle rules. {@code tags} come
 * only from JSON exports (a drill exported and imported again stays a drill).
 */
public record ImportedIncident(String id, String title, String service, Severity severity, String environment,
                               List<NewEvent> events, List<String> tags) {
    public ImportedIncident {
        events = List.copyOf(events);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public ImportedIncident(String id, String title, String service, Severity severity, String environment,
                            List<NewEvent> events) {
        this(id, title, service, severity, environment, events, List.of());
    }
}
