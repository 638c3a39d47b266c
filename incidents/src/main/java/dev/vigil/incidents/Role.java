package dev.vigil.incidents;

import java.util.Locale;

/** The incident-command roles a person can hold on one incident. */
public enum Role {
    COMMANDER, COMMUNICATIONS, OPERATIONS, SCRIBE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
