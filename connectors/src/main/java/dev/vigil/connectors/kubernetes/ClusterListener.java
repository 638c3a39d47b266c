package dev.vigil.connectors.kubernetes;

/**
 * Receives live cluster state on the connector's threads. Implementations must return quickly
 * (offer to a coalescing buffer and nothing more): they run inside the informers' handlers.
 */
public interface ClusterListener {

    /** A pod was added or changed ({@code pod} non-null) or deleted ({@code pod} null). */
    void pod(String key, PodSummary pod);

    /** A deployment was added or changed, or deleted ({@code deployment} null). */
    void deployment(String key, DeploymentSummary deployment);

    /** An event was recorded or repeated. */
    void event(ClusterEvent event);

    /** The connection changed state. */
    void status(ClusterStatus status);
}
