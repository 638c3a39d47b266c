package dev.vigil.connectors.demo;

import java.util.List;
import java.util.Locale;

/**
 * How a drill recognises that the trainee found the cause: a pinned piece of evidence (not the alert
 * the drill fired — that was given) whose title or summary contains one of the markers.
 */
public record EvidenceMarkers(List<String> anyOf) {

    public EvidenceMarkers {
        anyOf = anyOf.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    }

    public static EvidenceMarkers of(String... markers) {
        return new EvidenceMarkers(List.of(markers));
    }

    /** @param kind the evidence kind's key ("pod", "log_query", "metric_snapshot", "alert", "url", "changes") */
    public boolean matches(String kind, String title, String summary) {
        if ("alert".equals(kind)) {
            return false;
        }
        String text = ((title == null ? "" : title) + "\n" + (summary == null ? "" : summary)).toLowerCase(Locale.ROOT);
        return anyOf.stream().anyMatch(text::contains);
    }
}
