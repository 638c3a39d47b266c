package dev.vigil.views.incidents;

import java.time.Instant;

/** A step of the severity's checklist; {@code doneAt}/{@code doneBy} are null until someone ticks it. */
public record ChecklistItem(String text, Instant doneAt, String doneBy) {
    public boolean done() {
        return doneAt != null;
    }
}
