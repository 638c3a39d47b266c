package dev.vigil.incidents;

import java.util.Locale;

/** What a piece of pinned evidence points at. */
public enum EvidenceKind {
    /** {@code CHANGES}: the cluster's "what changed" feed at the moment it was pinned (rollouts, scale changes, crashes). */
    POD, LOG_QUERY, METRIC_SNAPSHOT, ALERT, URL, CHANGES;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EvidenceKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
