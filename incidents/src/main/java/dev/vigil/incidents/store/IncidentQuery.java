package dev.vigil.incidents.store;

import dev.vigil.incidents.IncidentStatus;
import dev.vigil.incidents.Severity;

import java.time.Instant;
import java.util.Set;

/**
 * Which incidents {@link IncidentStore#list} returns, newest detection first. Empty sets and null
 * instants do not filter; {@code detectedFrom} is inclusive, {@code detectedTo} exclusive.
 */
public record IncidentQuery(Set<String> services, Set<Severity> severities, Set<IncidentStatus> statuses,
                            Instant detectedFrom, Instant detectedTo, int limit) {

    public static final IncidentQuery ALL = new IncidentQuery(Set.of(), Set.of(), Set.of(), null, null, 1000);

    public IncidentQuery {
        services = services == null ? Set.of() : Set.copyOf(services);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public IncidentQuery withStatuses(Set<IncidentStatus> newStatuses) {
        return new IncidentQuery(services, severities, newStatuses, detectedFrom, detectedTo, limit);
    }

    public IncidentQuery withServices(Set<String> newServices) {
        return new IncidentQuery(newServices, severities, statuses, detectedFrom, detectedTo, limit);
    }
}
