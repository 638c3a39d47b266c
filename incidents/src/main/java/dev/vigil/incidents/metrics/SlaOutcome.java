package dev.vigil.incidents.metrics;

/** How an incident stands against its response targets at the end of a report window. */
public enum SlaOutcome {
    MET, BREACHED, PENDING
}
