package dev.vigil.connectors.kubernetes;

/**
 * Receives live cluster state on the connector's threads. Implementations must return quickly
 * (offer to a coalescing buffer and nothing more): they run where the informers store what they got.
 */
public interface ClusterListener {

    /** A pod was added or changed ({@code pod} non-null) or deleted ({@code pod} null). */
    void pod(String key, PodSummary pod);

    /**
     * Every pod of the first list has been passed to {@link #pod}: a table can show them all at once
     * now instead of growing while the list streams in. Called once per watch, after the pods it covers.
     */
    default void podsListed() {
    }

    /** A deployment was added or changed, or deleted ({@code deployment} null). */
    void deployment(String key, DeploymentSummary deployment);

    /** A node was added or changed, or deleted ({@code node} null). */
    default void node(String name, NodeSummary node) {
    }

    /** An event was recorded or repeated. */
    void event(ClusterEvent event);

    /** The connection changed state. */
    void status(ClusterStatus status);
}
