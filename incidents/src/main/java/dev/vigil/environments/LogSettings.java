package dev.vigil.environments;

/** Where an environment's logs live: an OpenSearch endpoint and the index pattern to search. */
public record LogSettings(Endpoint endpoint, String indexPattern) {
    public LogSettings {
        if (endpoint == null) {
            throw new IllegalArgumentException("endpoint is required");
        }
        indexPattern = indexPattern == null || indexPattern.isBlank() ? "logs-*" : indexPattern;
    }
}
