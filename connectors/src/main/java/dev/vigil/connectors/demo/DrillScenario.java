package dev.vigil.connectors.demo;

import java.util.List;

/**
 * A drill: a scripted outage of the demo fleet. It injects correlated symptoms into every channel —
 * figures ({@link FigureEffect}), the cluster ({@link ClusterStep}), logs ({@link DrillLog}) and alerts
 * ({@link DrillAlert}) — and knows what counts as finding its cause.
 *
 * @param teaser   what the start dialog shows: enough to choose, not enough to know the answer
 * @param cause    the root cause, revealed in the summary at the end
 * @param fix      what would have fixed it in a real company
 * @param service  the service the trainee should end up declaring against
 */
public record DrillScenario(String id, String title, String teaser, String cause, String fix, String service,
                            List<ClusterStep> steps, List<FigureEffect> effects, List<DrillLog> logs,
                            List<DrillAlert> alerts, EvidenceMarkers markers) {
    public DrillScenario {
        steps = List.copyOf(steps);
        effects = List.copyOf(effects);
        logs = List.copyOf(logs);
        alerts = List.copyOf(alerts);
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("a drill must page someone: scenario " + id + " fires no alert");
        }
    }

    /** The alert that pages first. */
    public DrillAlert firstAlert() {
        return alerts.stream().min(java.util.Comparator.comparing(DrillAlert::at)).orElseThrow();
    }
}
