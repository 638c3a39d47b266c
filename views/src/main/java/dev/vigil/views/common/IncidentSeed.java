package dev.vigil.views.common;

import dev.vigil.incidents.Severity;

import java.time.Instant;

/**
 * What a section knows when it asks for an incident to be declared from something it shows (an
 * alert): the form's prefill, when the problem was detected (the alert's creation), the evidence
 * the new incident starts with, and its tags (a drill's alert makes a drill's incident).
 */
public record IncidentSeed(String title, String service, Severity severity, Instant detectedAt, String origin,
                           EvidenceDraft evidence, java.util.List<String> tags) {

    /** A seed whose incident gets no tags of its own. */
    public IncidentSeed(String title, String service, Severity severity, Instant detectedAt, String origin, EvidenceDraft evidence) {
        this(title, service, severity, detectedAt, origin, evidence, java.util.List.of());
    }

    public IncidentSeed {
        tags = tags == null ? java.util.List.of() : java.util.List.copyOf(tags);
        if (title == null || detectedAt == null) {
            throw new IllegalArgumentException("a seed needs a title and a detection instant");
        }
        service = service == null ? "" : service;
        severity = severity == null ? Severity.SEV3 : severity;
        origin = origin == null ? "" : origin;
    }
}
