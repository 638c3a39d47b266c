package dev.vigil.connectors.prometheus;

import dev.vigil.environments.Environment;

import java.util.Optional;

/** Opens the metrics source of an environment; empty when it has none (no Prometheus configured). */
@FunctionalInterface
public interface MetricsSources {

    Optional<MetricsSource> open(Environment environment);
}
