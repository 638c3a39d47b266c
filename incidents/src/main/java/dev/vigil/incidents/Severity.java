package dev.vigil.incidents;

import java.util.Locale;

/** How bad an incident is; SEV1 is the worst. */
public enum Severity {
    SEV1, SEV2, SEV3, SEV4;

    /** Parses "SEV2", "sev2" or "2"; throws {@link IllegalArgumentException} naming the bad value. */
    public static Severity parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("severity is empty (expected SEV1..SEV4)");
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.length() == 1 && Character.isDigit(t.charAt(0))) {
            t = "SEV" + t;
        }
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text.trim() + "' (expected SEV1..SEV4)");
        }
    }
}
