package dev.vigil.incidents.metrics;

import dev.vigil.incidents.Severity;

import java.util.Set;

/** A report's filters; an empty set lets everything through. */
public record ReportFilter(Set<String> services, Set<Severity> severities) {
    public static final ReportFilter NONE = new ReportFilter(Set.of(), Set.of());

    public ReportFilter {
        services = services == null ? Set.of() : Set.copyOf(services);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
    }

    public boolean passesService(String service) {
        return services.isEmpty() || services.contains(service);
    }

    public boolean passesSeverity(Severity severity) {
        return severities.isEmpty() || severities.contains(severity);
    }
}
