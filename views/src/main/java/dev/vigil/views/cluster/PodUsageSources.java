package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodUsageSource;
import dev.vigil.environments.Environment;

import java.util.Optional;

/** The CPU and memory source of an environment, empty when it has none (no Prometheus configured). */
@FunctionalInterface
public interface PodUsageSources {

    PodUsageSources NONE = env -> Optional.empty();

    Optional<PodUsageSource> open(Environment environment);
}
