package dev.vigil.connectors.kubernetes;

/** A cluster request that failed; the message is a sentence an operator can act on. */
public final class ClusterException extends RuntimeException {

    public ClusterException(String message) {
        super(message);
    }

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
