package dev.vigil.incidents.store;

import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.Severity;

import java.time.Instant;
import java.util.List;

/**
 * An incident being declared: it starts with a {@code detected} event at {@code detectedAt}.
 * {@code id} null lets the store choose one; {@code environment} may be null.
 */
public record NewIncident(String id, String title, String service, Severity severity, String environment,
                          Instant detectedAt, String author, EventSource source, List<String> tags) {
    public NewIncident {
        if (title == null || title.isBlank() || service == null || service.isBlank() || severity == null || detectedAt == null) {
            throw new IllegalArgumentException("an incident needs a title, a service, a severity and a detection instant");
        }
        source = source == null ? EventSource.MANUAL : source;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
