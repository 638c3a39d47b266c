package dev.vigil.incidents.store;

import dev.vigil.incidents.Evidence;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.Role;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.TimelineEvent;
import dev.vigil.incidents.metrics.IncidentFacts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Every incident and timeline event, durable. Each write is one transaction; a write that would break a
 * lifecycle rule throws {@link TimelineRejectedException}; a store failure throws {@link StoreException}.
 * Safe to call from several threads; calls block, so the GUI calls it off the FX thread.
 */
public interface IncidentStore extends AutoCloseable {

    /** Creates the incident with its {@code detected} event. */
    Incident declare(NewIncident incident);

    /**
     * Declares from the window, in one transaction: the {@code detected} event, an {@code impact_started}
     * event when {@code impactStartedAt} is given (it must not be after detection), and the commander
     * role when {@code commander} is given.
     */
    Incident declare(NewIncident incident, Instant impactStartedAt, String commander);

    TimelineEvent append(String incidentId, NewEvent event);

    /** Moves an event to another instant; its earlier instant stays in {@link TimelineEvent#edits()}. */
    TimelineEvent editInstant(long eventId, Instant newAt, String editedBy);

    /** Gives a role to a person (replacing its holder) and records a {@code role_assigned} event. */
    TimelineEvent assignRole(String incidentId, Role role, String person, String assignedBy);

    /** Pins evidence and records a {@code link} event naming it. */
    Evidence addEvidence(String incidentId, NewEvidence evidence);

    void addTag(String incidentId, String tag);

    Optional<Incident> find(String incidentId);

    List<Incident> list(IncidentQuery query);

    /** The incident's events in timeline order (time, then the spec's order of kinds). */
    List<TimelineEvent> timeline(String incidentId);

    /** When each incident's timeline was last written to (its newest recorded event); absent ids had none. */
    Map<String, Instant> lastUpdates(Collection<String> incidentIds);

    /**
     * A number that grows with every committed write, from this process or another: poll it (it is one
     * tiny query) and reload when it changed.
     */
    long revision();

    /** Stores whole incidents in one transaction; incidents whose id exists already are skipped. */
    ImportOutcome importIncidents(Collection<ImportedIncident> incidents);

    /**
     * What a report over {@code [from, to)} needs: every incident detected in the window, plus incidents
     * of the outage severities detected before {@code to} whose downtime can reach into it, each with
     * its lifecycle events before {@code to}. Incidents tagged as drills come back only when
     * {@code includeDrills}.
     */
    List<IncidentFacts> reportCandidates(Instant from, Instant to, Set<Severity> outageSeverities, boolean includeDrills);

    /** Every service with at least one incident, at any time. */
    default SortedSet<String> services() {
        return services(true);
    }

    /** Every service with at least one incident, at any time; counting drill incidents only when asked. */
    SortedSet<String> services(boolean includeDrills);

    /** Incidents (with all their events) detected in {@code [from, to)}, oldest first: what export writes. */
    List<ExportedIncident> export(Instant from, Instant to);

    @Override
    void close();
}
