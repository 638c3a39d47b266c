package dev.vigil.views.incidents;

import dev.vigil.incidents.Incident;
import dev.vigil.incidents.IncidentStatus;
import dev.vigil.incidents.Role;
import dev.vigil.incidents.Severity;

import java.time.Instant;

/** One line of the incident list: what a responder scans for. {@code lastUpdate} may be null. */
public record IncidentRow(String id, String title, String service, Severity severity, String environment,
                          IncidentStatus status, String commander, Instant detectedAt, Instant lastUpdate) {

    static IncidentRow of(Incident i, Instant lastUpdate) {
        return new IncidentRow(i.id(), i.title(), i.service(), i.severity(), i.environment(), i.status(),
                i.roles().get(Role.COMMANDER), i.detectedAt(), lastUpdate);
    }

    /** Open incidents first (worst severity first), then the rest, newest first. */
    static int defaultOrder(IncidentRow a, IncidentRow b) {
        boolean aOpen = a.status().active();
        boolean bOpen = b.status().active();
        if (aOpen != bOpen) {
            return aOpen ? -1 : 1;
        }
        if (aOpen && a.severity() != b.severity()) {
            return a.severity().compareTo(b.severity());
        }
        Instant ad = a.detectedAt() == null ? Instant.EPOCH : a.detectedAt();
        Instant bd = b.detectedAt() == null ? Instant.EPOCH : b.detectedAt();
        return bd.compareTo(ad);
    }

    boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.toLowerCase(java.util.Locale.ROOT).strip();
        return contains(id, t) || contains(title, t) || contains(service, t) || contains(commander, t) || contains(environment, t);
    }

    private static boolean contains(String field, String t) {
        return field != null && field.toLowerCase(java.util.Locale.ROOT).contains(t);
    }
}
