package dev.vigil.incidents.metrics;

/** One service's outage figures over a window; {@code downtime} and {@code mtbf} in seconds, mtbf null without failures. */
public record ServiceFigures(double availability, double downtime, int failures, Double mtbf,
                             double availabilityTarget, boolean availabilityCompliant, double errorBudgetRemaining) {
}
