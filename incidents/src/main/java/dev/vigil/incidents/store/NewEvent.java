package dev.vigil.incidents.store;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;

import java.time.Instant;

/** A timeline event being appended; author and text may be null. */
public record NewEvent(EventKind kind, Instant at, String author, String text, EventSource source) {
    public NewEvent {
        if (kind == null || at == null) {
            throw new IllegalArgumentException("an event needs a kind and an instant");
        }
        source = source == null ? EventSource.MANUAL : source;
    }

    public static NewEvent of(EventKind kind, Instant at) {
        return new NewEvent(kind, at, null, null, EventSource.MANUAL);
    }
}
