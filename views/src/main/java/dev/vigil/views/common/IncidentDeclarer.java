package dev.vigil.views.common;

/**
 * Opens the Incidents section's declare form prefilled from a seed; the incident is declared when
 * the operator submits it there. FX thread.
 */
@FunctionalInterface
public interface IncidentDeclarer {

    void declareFrom(IncidentSeed seed);

    IncidentDeclarer NONE = seed -> { };
}
