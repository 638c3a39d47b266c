package dev.vigil.incidents;

import java.util.Locale;

/**
 * What a timeline event records. The declaration order of the lifecycle kinds is the spec's table order,
 * which is also how events at the same instant are ordered (shared/specs/reliability-metrics.md).
 */
public enum EventKind {
    IMPACT_STARTED, DETECTED, ACKNOWLEDGED, CONTAINED, RESOLVED, REOPENED, CLOSED,
    NOTE, STATUS_UPDATE, ACTION, LINK, ROLE_ASSIGNED, CHECKLIST_ITEM;

    /** The word used in files and the database: "impact_started", "note", ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the kinds the reliability figures read; the others are narrative. */
    public boolean lifecycle() {
        return ordinal() <= CLOSED.ordinal();
    }

    /** Parses a key such as "resolved"; throws {@link IllegalArgumentException} naming the bad value. */
    public static EventKind parse(String text) {
        String t = text == null ? "" : text.trim();
        for (EventKind k : values()) {
            if (k.key().equals(t.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown event kind '" + t + "'");
    }
}
