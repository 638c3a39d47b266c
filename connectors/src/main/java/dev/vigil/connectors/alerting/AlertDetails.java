package dev.vigil.connectors.alerting;

import java.util.List;

/** An alert with what only its own page shows: its notes and its activity log, oldest first. */
public record AlertDetails(Alert alert, List<AlertEntry> notes, List<AlertEntry> timeline) {
    public AlertDetails {
        notes = notes == null ? List.of() : List.copyOf(notes);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }
}
