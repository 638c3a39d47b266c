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

    private static final java.util.Set<String> PRODUCTION_WORDS = java.util.Set.of("prod", "production", "prd", "live");

    /**
     * Whether an environment's name says production ("prod-eu-1", "live", "payments-production"): one of
     * its words, split at anything not a letter or digit, is prod, production, prd or live.
     */
    public static boolean soundsLikeProduction(String name) {
        if (name == null) {
            return false;
        }
        for (String word : name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (PRODUCTION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
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
