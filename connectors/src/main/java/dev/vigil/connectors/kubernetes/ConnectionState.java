package dev.vigil.connectors.kubernetes;

/** Where a cluster connection stands; the status bar and the Cluster section both show it. */
public enum ConnectionState {
    /** First list in flight. */
    CONNECTING,
    /** Listed and watching. */
    CONNECTED,
    /** Was connected; a watch dropped (or got 410 Gone) and the informers are relisting. */
    RECONNECTING,
    /** The API server does not answer (refused, timed out, DNS). */
    UNREACHABLE,
    /** The API server answered 401 or 403 to the credentials of the context. */
    UNAUTHORIZED,
    /** The kubeconfig or context cannot be used (malformed, missing context or certificate file). */
    MISCONFIGURED,
    /** Closed on purpose (environment switched away). */
    CLOSED
}
