package dev.vigil.incidents.metrics;

import dev.vigil.incidents.Severity;

import java.util.Set;

/**
 * A report's filters; an empty set lets everything through. Incidents tagged as drills are left out
 * unless {@code includeDrills}: a drill trains people, it is not the service's reliability.
 */
public record ReportFilter(Set<String> services, Set<Severity> severities, boolean includeDrills) {
    public static final ReportFilter NONE = new ReportFilter(Set.of(), Set.of());

    public ReportFilter {
        services = services == null ? Set.of() : Set.copyOf(services);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
    }

    /** Real incidents only. */
    public ReportFilter(Set<String> services, Set<Severity> severities) {
        this(services, severities, false);
    }

    public ReportFilter withDrills(boolean include) {
        return new ReportFilter(services, severities, include);
    }

    public boolean passesService(String service) {
        return services.isEmpty() || services.contains(service);
    }

    public boolean passesSeverity(Severity severity) {
        return severities.isEmpty() || severities.contains(severity);
    }
}
