package dev.vigil.incidents.store;

import dev.vigil.incidents.EvidenceKind;

/** Evidence being pinned to an incident; {@code sourceRef} is the connector's reference (often JSON). */
public record NewEvidence(EvidenceKind kind, String title, String summary, String sourceRef, String pinnedBy) {
    public NewEvidence {
        if (kind == null || title == null || title.isBlank()) {
            throw new IllegalArgumentException("evidence needs a kind and a title");
        }
    }
}
