package dev.vigil.connectors.alerting;

import java.time.Instant;

/** One line of an alert's own history (a note, or an entry of its activity log); {@code who} may be empty. */
public record AlertEntry(Instant at, String who, String text) {
    public AlertEntry {
        who = who == null ? "" : who;
        text = text == null ? "" : text;
    }
}
