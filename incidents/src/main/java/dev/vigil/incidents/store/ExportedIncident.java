package dev.vigil.incidents.store;

import dev.vigil.incidents.Incident;
import dev.vigil.incidents.TimelineEvent;

import java.util.List;

/** An incident with its whole timeline, as export writes it. */
public record ExportedIncident(Incident incident, List<TimelineEvent> timeline) {
    public ExportedIncident {
        timeline = List.copyOf(timeline);
    }
}
