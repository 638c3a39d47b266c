package dev.vigil.connectors.prometheus;

import java.util.Locale;
import java.util.Optional;

/**
 * How a service's HTTP metrics are named. The three differ only in the names of the request counter
 * and the latency histogram, the label holding the status code, and whether a max gauge exists, so
 * one set of templates serves them all (see {@link MetricTemplates}).
 */
public enum Convention {
    /** Prometheus client libraries' classic names ({@code promhttp} and friends). */
    PLAIN("plain", "http_requests_total", "http_request_duration_seconds", "code", null),
    /** Spring Boot / Micrometer ({@code percentiles-histogram} on for p95/p99). */
    MICROMETER("micrometer", "http_server_requests_seconds_count", "http_server_requests_seconds", "status",
            "http_server_requests_seconds_max"),
    /** OpenTelemetry semantic conventions as Prometheus stores them. */
    OPENTELEMETRY("opentelemetry", "http_server_request_duration_seconds_count", "http_server_request_duration_seconds",
            "http_response_status_code", null);

    private final String key;
    private final String requestCounter;
    private final String durationHistogram;
    private final String statusLabel;
    private final String maxGauge;

    Convention(String key, String requestCounter, String durationHistogram, String statusLabel, String maxGauge) {
        this.key = key;
        this.requestCounter = requestCounter;
        this.durationHistogram = durationHistogram;
        this.statusLabel = statusLabel;
        this.maxGauge = maxGauge;
    }

    public String key() {
        return key;
    }

    public String requestCounter() {
        return requestCounter;
    }

    public String durationHistogram() {
        return durationHistogram;
    }

    public String statusLabel() {
        return statusLabel;
    }

    /** The gauge of the slowest request, when the convention has one. */
    public Optional<String> maxGauge() {
        return Optional.ofNullable(maxGauge);
    }

    /** "plain", "micrometer", "opentelemetry" (also "otel"); empty for "auto" or anything unknown. */
    public static Optional<Convention> byKey(String text) {
        String k = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (k.equals("otel")) {
            return Optional.of(OPENTELEMETRY);
        }
        for (Convention c : values()) {
            if (c.key.equals(k)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
