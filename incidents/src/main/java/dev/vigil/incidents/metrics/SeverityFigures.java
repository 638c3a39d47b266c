package dev.vigil.incidents.metrics;

/** The figures of one severity among a report's incidents. */
public record SeverityFigures(int incidents, DurationStats mtta, DurationStats mttr) {
}
