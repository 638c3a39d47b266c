package dev.vigil.incidents;

import java.time.Instant;

/** One change of an event's instant: what it was before, who changed it and when. */
public record EventEdit(Instant previousAt, Instant newAt, String editedBy, Instant editedAt) {
}
