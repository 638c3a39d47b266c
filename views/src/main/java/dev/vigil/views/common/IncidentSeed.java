package dev.vigil.views.common;

import dev.vigil.incidents.Severity;

import java.time.Instant;

/**
 * What a section knows when it asks for an incident to be declared from something it shows (an
 * alert): the form's prefill, when the problem was detected (the alert's creation), and the evidence
 * the new incident starts with.
 */
public record IncidentSeed(String title, String service, Severity severity, Instant detectedAt, String origin,
                           EvidenceDraft evidence) {
    public IncidentSeed {
        if (title == null || detectedAt == null) {
            throw new IllegalArgumentException("a seed needs a title and a detection instant");
        }
        service = service == null ? "" : service;
        severity = severity == null ? Severity.SEV3 : severity;
        origin = origin == null ? "" : origin;
    }
}
