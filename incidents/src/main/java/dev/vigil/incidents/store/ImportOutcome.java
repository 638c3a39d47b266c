package dev.vigil.incidents.store;

/** How many incidents and events an import stored, and how many incidents it skipped as already present. */
public record ImportOutcome(int incidentsStored, int eventsStored, int incidentsSkipped) {

    public ImportOutcome plus(ImportOutcome other) {
        return new ImportOutcome(incidentsStored + other.incidentsStored, eventsStored + other.eventsStored,
                incidentsSkipped + other.incidentsSkipped);
    }
}
