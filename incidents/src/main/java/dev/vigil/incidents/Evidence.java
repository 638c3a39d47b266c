package dev.vigil.incidents;

import java.time.Instant;

/**
 * Something pinned to an incident: a pod, a log query, a metric snapshot, an alert or a URL.
 * {@code sourceRef} is the connector's own reference (often a JSON payload) so the GUI can reopen it.
 */
public record Evidence(long id, String incidentId, EvidenceKind kind, String title, String summary,
                       String sourceRef, Instant pinnedAt, String pinnedBy) {
}
