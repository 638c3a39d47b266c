package dev.vigil.incidents.metrics;

/** How many of a report's incidents met, breached or are still pending on their response targets. */
public record SlaCounts(int met, int breached, int pending) {

    /** met / (met + breached); null when both are 0. */
    public Double compliance() {
        return met + breached == 0 ? null : (double) met / (met + breached);
    }
}
