package dev.vigil.views.incidents;

import dev.vigil.incidents.TimelineEvent;

import java.time.Instant;

/** A row of the timeline list: an hour heading, or an event under it. */
public sealed interface TimelineEntry {

    /** The heading of the hour starting at {@code start} (UTC), with how many events it holds. */
    record Hour(Instant start, int events) implements TimelineEntry {
    }

    record Event(TimelineEvent event) implements TimelineEntry {
    }
}
