package dev.vigil.connectors.alerting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One alert as the provider reports it, in the domain's words.
 *
 * @param id             the provider's identifier (Alertmanager: the fingerprint)
 * @param source         what raised it ("Prometheus", an Opsgenie integration, "kubernetes")
 * @param service        the service it is about, or "" when the provider does not say
 * @param labels         Alertmanager labels; Opsgenie/JSM leave it empty and use {@code tags}
 * @param details        extra key/values: Alertmanager annotations, Opsgenie/JSM details
 * @param acknowledgedBy who acknowledged it, or ""
 * @param silencedBy     Alertmanager silence ids currently muting it (empty elsewhere)
 */
public record Alert(String id, String title, String description, AlertPriority priority, AlertStatus status,
                    String source, String service, List<String> tags, Map<String, String> labels, int count,
                    Instant createdAt, Instant lastOccurredAt, String acknowledgedBy, String owner,
                    Map<String, String> details, List<AlertLink> links, List<String> silencedBy) {

    public Alert {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an alert needs an id");
        }
        title = title == null || title.isBlank() ? id : title;
        description = description == null ? "" : description;
        priority = priority == null ? AlertPriority.P3 : priority;
        status = status == null ? AlertStatus.OPEN : status;
        source = source == null ? "" : source;
        service = service == null ? "" : service;
        tags = tags == null ? List.of() : List.copyOf(tags);
        labels = ordered(labels);
        count = Math.max(1, count);
        lastOccurredAt = lastOccurredAt == null ? createdAt : lastOccurredAt;
        acknowledgedBy = acknowledgedBy == null ? "" : acknowledgedBy;
        owner = owner == null ? "" : owner;
        details = ordered(details);
        links = links == null ? List.of() : List.copyOf(links);
        silencedBy = silencedBy == null ? List.of() : List.copyOf(silencedBy);
    }

    /** Read-only, in the provider's order: people read labels and details in the order they were written. */
    private static Map<String, String> ordered(Map<String, String> m) {
        return m == null || m.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    public Alert withStatus(AlertStatus next, String acknowledger) {
        return new Alert(id, title, description, priority, next, source, service, tags, labels, count, createdAt,
                lastOccurredAt, acknowledger, owner, details, links, silencedBy);
    }

    public Alert withOccurrence(int nextCount, Instant at) {
        return new Alert(id, title, description, priority, status, source, service, tags, labels, nextCount, createdAt,
                at, acknowledgedBy, owner, details, links, silencedBy);
    }

    /** Open and nobody has acknowledged it: what the sidebar badge counts. */
    public boolean needsAttention() {
        return status == AlertStatus.OPEN;
    }
}
