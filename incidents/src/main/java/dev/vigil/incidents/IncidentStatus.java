package dev.vigil.incidents;

import java.util.Locale;

/** Where an incident stands, derived from its timeline by {@link Lifecycle#status}. */
public enum IncidentStatus {
    INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED, CLOSED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IncidentStatus parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** True while responders still have work on it. */
    public boolean active() {
        return this != RESOLVED && this != CLOSED;
    }
}
