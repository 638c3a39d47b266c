package dev.vigil.connectors.prometheus;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the client talks to one Prometheus: the per-request timeout (also sent to Prometheus so it
 * gives up too), how many requests may be in flight at once, and an optional PEM file of CA
 * certificates to trust instead of the JDK's (for a Prometheus behind an internal CA); null for none.
 */
public record PromClientSettings(Duration timeout, int maxConcurrent, Path caCertificates) {

    public static final PromClientSettings DEFAULTS = new PromClientSettings(Duration.ofSeconds(10), 16, null);

    public PromClientSettings {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1");
        }
    }

    public PromClientSettings withCaCertificates(Path pem) {
        return new PromClientSettings(timeout, maxConcurrent, pem);
    }
}
