package dev.vigil.connectors.kubernetes;

/** A kubeconfig that cannot be used as it is; the message names the file and what to fix. */
public final class KubeconfigException extends RuntimeException {

    public KubeconfigException(String message) {
        super(message);
    }

    public KubeconfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
