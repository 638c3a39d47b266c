package dev.vigil.incidents;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One entry of an incident's timeline. {@code edits} lists every earlier instant, oldest first: an edited
 * instant is never silently overwritten.
 */
public record TimelineEvent(long id, String incidentId, EventKind kind, Instant at, String author, String text,
                            EventSource source, List<EventEdit> edits) {

    /** Time order; at one instant, the spec's table order of kinds. */
    public static final Comparator<TimelineEvent> TIMELINE_ORDER =
            Comparator.comparing(TimelineEvent::at).thenComparing(TimelineEvent::kind).thenComparingLong(TimelineEvent::id);

    public TimelineEvent {
        edits = edits == null ? List.of() : List.copyOf(edits);
    }

    public boolean edited() {
        return !edits.isEmpty();
    }
}
