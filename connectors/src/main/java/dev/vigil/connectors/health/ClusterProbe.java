package dev.vigil.connectors.health;

import dev.vigil.environments.Environment;

/**
 * Checks the cluster connector of an environment (one with a kube context); the Kubernetes
 * connector implements it with the live connection's state or one cheap request.
 */
@FunctionalInterface
public interface ClusterProbe {
    ConnectorHealth check(Environment environment, String connectorName);
}
