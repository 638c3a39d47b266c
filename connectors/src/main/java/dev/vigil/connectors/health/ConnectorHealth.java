package dev.vigil.connectors.health;

import java.time.Instant;

/**
 * The latest health of one connector of an environment: its state, a human sentence explaining it
 * (the last error when there is one) and when it was checked (null if never).
 */
public record ConnectorHealth(String connector, String target, HealthState state, String detail, Instant checkedAt) {

    public static ConnectorHealth unknown(String connector, String target, String detail) {
        return new ConnectorHealth(connector, target, HealthState.UNKNOWN, detail, null);
    }
}
