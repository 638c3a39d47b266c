package dev.vigil.incidents;

import java.time.Instant;
import java.util.Comparator;

/** The two facts of an event that lifecycle rules and reliability figures read: its kind and its instant (UTC ms). */
public record EventStamp(EventKind kind, long atMillis) {

    /** Time order; at one instant, the spec's table order of kinds. */
    public static final Comparator<EventStamp> ORDER =
            Comparator.comparingLong(EventStamp::atMillis).thenComparing(EventStamp::kind);

    public static EventStamp of(EventKind kind, Instant at) {
        return new EventStamp(kind, at.toEpochMilli());
    }

    public Instant at() {
        return Instant.ofEpochMilli(atMillis);
    }
}
