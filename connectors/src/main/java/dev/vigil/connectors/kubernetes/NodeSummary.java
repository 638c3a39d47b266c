package dev.vigil.connectors.kubernetes;

import java.time.Instant;
import java.util.List;

/**
 * One node as the Cluster section shows it.
 *
 * @param status    kubectl's STATUS column: Ready, NotReady or Unknown, with ",SchedulingDisabled" when cordoned
 * @param ready     the Ready condition is True
 * @param pressures the pressure conditions that are True (MemoryPressure, DiskPressure, PIDPressure,
 *                  NetworkUnavailable)
 * @param message   why the node is not ready (the Ready condition's message), else null
 */
public record NodeSummary(String name, String status, boolean ready, List<String> pressures, boolean cordoned,
                          String roles, String version, String ip, Instant created, String message) {

    public NodeSummary {
        pressures = pressures == null ? List.of() : List.copyOf(pressures);
    }

    /** Ready and under no pressure: nothing about it for the operator to look at. */
    public boolean healthy() {
        return ready && pressures.isEmpty();
    }

    /** The problem in a few words for the pods on it, e.g. "NotReady" or "MemoryPressure"; null when healthy. */
    public String problem() {
        if (!ready) {
            return status.startsWith("Unknown") ? "Unknown" : "NotReady";
        }
        return pressures.isEmpty() ? null : String.join(", ", pressures);
    }
}
