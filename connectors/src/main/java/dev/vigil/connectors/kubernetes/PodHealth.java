package dev.vigil.connectors.kubernetes;

/** How a pod is doing, coarse enough to colour a row and count it in the summary strip. */
public enum PodHealth {
    /** Running and every container ready. */
    RUNNING,
    /** Running but some container is not ready (starting, failing its readiness probe). */
    NOT_READY,
    /** Not scheduled or not started yet, without a failure reason. */
    PENDING,
    /** Crash-looping, OOM-killed, image pull failing, evicted, failed. */
    FAILING,
    /** Deleted and still shutting down. */
    TERMINATING,
    /** Finished successfully (jobs). */
    COMPLETED
}
