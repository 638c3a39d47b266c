package dev.vigil.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses the instants of {@code --from}/{@code --to}: ISO-8601 with an offset or Z; a date or a time without one is UTC. */
final class Instants {

    private Instants() {
    }

    static Instant parse(String flag, String text) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with an offset; try the shorter forms
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // not a local date-time either
        }
        try {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandFailure(CommandFailure.USAGE, "bad " + flag + " '" + text
                    + "': expected an ISO-8601 date or instant, e.g. 2026-03-01 or 2026-03-01T10:00:00Z");
        }
    }
}
