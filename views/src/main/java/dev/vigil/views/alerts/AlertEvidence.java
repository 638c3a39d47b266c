package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.Alert;
import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.incidents.Severity;
import dev.vigil.views.common.EvidenceDraft;
import dev.vigil.views.common.IncidentSeed;

import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** An alert as incident evidence (kind {@code alert}) and as the seed of a new incident. */
final class AlertEvidence {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private AlertEvidence() {
    }

    static EvidenceDraft draft(Alert a, String environment) {
        StringBuilder summary = new StringBuilder()
                .append(a.priority()).append(" · ").append(a.status().title())
                .append(a.service().isBlank() ? "" : " · " + a.service())
                .append(" · from ").append(a.source().isBlank() ? "unknown source" : a.source())
                .append("\nCreated ").append(a.createdAt() == null ? "?" : UTC.format(a.createdAt()))
                .append(", last ").append(a.lastOccurredAt() == null ? "?" : UTC.format(a.lastOccurredAt()))
                .append(", ").append(a.count()).append(a.count() == 1 ? " occurrence" : " occurrences")
                .append(a.acknowledgedBy().isBlank() ? "" : "\nAcknowledged by " + a.acknowledgedBy());
        if (!a.description().isBlank()) {
            summary.append("\n\n").append(a.description());
        }
        Map<String, String> attachments = new LinkedHashMap<>();
        if (!a.labels().isEmpty()) {
            attachments.put("labels", lines(a.labels()));
        }
        if (!a.details().isEmpty()) {
            attachments.put("details", lines(a.details()));
        }
        if (!a.links().isEmpty()) {
            attachments.put("links", a.links().stream().map(l -> l.title() + ": " + l.url()).collect(Collectors.joining("\n")));
        }
        return new EvidenceDraft("alert", "alert " + a.priority() + " " + a.title(), summary.toString(),
                "alerts:" + (environment == null ? "" : environment) + "/" + a.id(), attachments);
    }

    static IncidentSeed seed(Alert a, String environment) {
        return new IncidentSeed(a.title(), a.service(), severity(a.priority()),
                a.createdAt() != null ? a.createdAt() : java.time.Instant.now(),
                "Alert " + a.priority() + " from " + (a.source().isBlank() ? "the alerting provider" : a.source()),
                draft(a, environment), drillTags(a));
    }

    /** An alert labelled {@code drill=<id>} (a drill's page, in the demo or the sandbox) makes a drill's incident. */
    static java.util.List<String> drillTags(Alert a) {
        String drill = a.labels().get(dev.vigil.connectors.demo.DrillAlerting.DRILL_LABEL);
        return drill == null || drill.isBlank() ? java.util.List.of() : dev.vigil.incidents.Incident.drillTags(drill.strip());
    }

    /** P1 is a SEV1 and P2 a SEV2; P3 a SEV3; the informational P4 and P5 are SEV4. */
    static Severity severity(AlertPriority p) {
        return switch (p) {
            case P1 -> Severity.SEV1;
            case P2 -> Severity.SEV2;
            case P3 -> Severity.SEV3;
            case P4, P5 -> Severity.SEV4;
        };
    }

    private static String lines(Map<String, String> m) {
        return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }
}
