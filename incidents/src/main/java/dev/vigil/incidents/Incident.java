package dev.vigil.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An incident as the store knows it. {@code status} and {@code detectedAt} are derived from the timeline;
 * {@code environment} is null when unknown (e.g. imported from a CSV file).
 */
public record Incident(String id, String title, String service, Severity severity, String environment,
                       IncidentStatus status, Instant detectedAt, Map<Role, String> roles, List<String> tags,
                       List<Evidence> evidence) {

    /** The tag of an incident declared during a drill: reports leave these out unless asked for them. */
    public static final String DRILL_TAG = "drill";

    /** The tags of an incident declared for a drill of that scenario: {@code drill} and {@code drill:<id>}. */
    public static List<String> drillTags(String scenarioId) {
        return List.of(DRILL_TAG, DRILL_TAG + ":" + scenarioId);
    }

    public Incident {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        tags = tags == null ? List.of() : List.copyOf(tags);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** True when the incident was a training drill, not a real outage. */
    public boolean drill() {
        return tags.contains(DRILL_TAG);
    }
}
