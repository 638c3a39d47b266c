package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.ClusterSource;
import dev.vigil.environments.Environment;

/**
 * Opens (or reuses) the cluster connection of an environment; blocks briefly, so the view model
 * calls it off the FX thread. The app passes {@code KubeConnections::open}; the demo fleet can pass its own.
 */
@FunctionalInterface
public interface ClusterSourceOpener {
    ClusterSource open(Environment environment);
}
