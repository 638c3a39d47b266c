package dev.vigil.connectors.health;

/** How a connector is doing, as the status bar shows it. */
public enum HealthState {
    /** Not checked yet, or nothing to check. */
    UNKNOWN,
    OK,
    /** Reachable but not fully usable (slow, unauthorized, partial answers). */
    DEGRADED,
    DOWN
}
