package dev.vigil.environments;

import java.util.Locale;

/** The kind of environment; production is guarded (coloured, typed confirmation before destructive actions). */
public enum Tier {
    SANDBOX, QA, INTEGRATION, PRODUCTION;

    public boolean guarded() {
        return this == PRODUCTION;
    }

    /** The word used in files and badges: "sandbox", "qa", ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Tier parse(String text) {
        for (Tier t : values()) {
            if (t.key().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown tier '" + text + "' (expected sandbox, qa, integration or production)");
    }
}
