package dev.vigil.connectors.kubernetes;

import java.time.Instant;

/** The state of a cluster connection with the sentence that explains it and when it was reached. */
public record ClusterStatus(ConnectionState state, String message, Instant since) {

    public boolean live() {
        return state == ConnectionState.CONNECTED || state == ConnectionState.RECONNECTING;
    }
}
