package dev.vigil.connectors.alerting;

import java.util.Locale;

/** How urgent an alert is, in Opsgenie's scale: P1 pages someone now, P5 is informational. */
public enum AlertPriority {
    P1, P2, P3, P4, P5;

    /**
     * Maps a provider's severity word or priority to the scale: {@code P1}..{@code P5} as they are,
     * Alertmanager's conventional {@code severity} label values (critical, high/error, warning, info,
     * none), and the numbers 1..5. Anything else is P3, the middle, so nothing unknown is dropped or over-paged.
     */
    public static AlertPriority fromSeverity(String text) {
        if (text == null || text.isBlank()) {
            return P3;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "p1", "1", "critical", "crit", "page", "emergency", "fatal", "disaster" -> P1;
            case "p2", "2", "high", "error", "major", "severe" -> P2;
            case "p3", "3", "warning", "warn", "moderate", "medium", "minor" -> P3;
            case "p4", "4", "info", "low", "notice" -> P4;
            case "p5", "5", "none", "debug", "informational" -> P5;
            default -> P3;
        };
    }

    /** 1 for P1 … 5 for P5. */
    public int rank() {
        return ordinal() + 1;
    }
}
