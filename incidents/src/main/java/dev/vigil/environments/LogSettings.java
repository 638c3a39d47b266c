package dev.vigil.environments;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where an environment's logs live: an OpenSearch endpoint and the index pattern to search, plus how to
 * read its documents and talk to it.
 *
 * @param fields         which document field holds each part of a line, by role ({@link #FIELD_ROLES});
 *                       a role left out is detected from the index mapping
 * @param timeout        how long one request may take; null for the connector's default (10 s)
 * @param caCertificates a PEM file of CA certificates to trust instead of the JDK's; null for none
 */
public record LogSettings(Endpoint endpoint, String indexPattern, Map<String, String> fields, Duration timeout,
                          Path caCertificates) {

    /** The roles a field can play in a log line, as written under {@code logs.fields}. */
    public static final List<String> FIELD_ROLES = List.of("timestamp", "message", "level", "service", "pod", "traceId", "clientId");

    public LogSettings {
        if (endpoint == null) {
            throw new IllegalArgumentException("endpoint is required");
        }
        indexPattern = indexPattern == null || indexPattern.isBlank() ? "logs-*" : indexPattern;
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        for (String role : fields.keySet()) {
            if (!FIELD_ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown log field role '" + role + "' (allowed: " + String.join(", ", FIELD_ROLES) + ")");
            }
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("logs timeout must be longer than zero");
        }
    }

    public LogSettings(Endpoint endpoint, String indexPattern) {
        this(endpoint, indexPattern, Map.of(), null, null);
    }

    /** The same reading and transport settings on another endpoint or index pattern (the Settings form edits only those). */
    public LogSettings withEndpoint(Endpoint newEndpoint, String newIndexPattern) {
        return new LogSettings(newEndpoint, newIndexPattern, fields, timeout, caCertificates);
    }
}
