package dev.vigil.views.logs;

import java.time.Duration;

/** The time ranges of the range picker: the last N before now, or a custom range (zoomed or typed). */
public enum LogRange {
    LAST_15_MINUTES("Last 15 minutes", Duration.ofMinutes(15)),
    LAST_HOUR("Last 1 hour", Duration.ofHours(1)),
    LAST_4_HOURS("Last 4 hours", Duration.ofHours(4)),
    LAST_24_HOURS("Last 24 hours", Duration.ofHours(24)),
    LAST_7_DAYS("Last 7 days", Duration.ofDays(7)),
    CUSTOM("Custom range", null);

    private final String label;
    private final Duration span;

    LogRange(String label, Duration span) {
        this.label = label;
        this.span = span;
    }

    public String label() {
        return label;
    }

    /** How far back from now; null for a custom range. */
    public Duration span() {
        return span;
    }
}
