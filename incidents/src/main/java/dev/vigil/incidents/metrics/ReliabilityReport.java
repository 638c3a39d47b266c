package dev.vigil.incidents.metrics;

import dev.vigil.incidents.Severity;

import java.time.Instant;
import java.util.Map;

/**
 * Every figure of shared/specs/reliability-metrics.md for one window and filter. {@code services} is
 * sorted by name, {@code bySeverity} by severity.
 */
public record ReliabilityReport(Instant from, Instant to, int incidents,
                                DurationStats mttd, DurationStats mtta, DurationStats mttc, DurationStats mttr,
                                SlaCounts sla, Map<String, ServiceFigures> services,
                                Map<Severity, SeverityFigures> bySeverity) {

    public Double responseSlaCompliance() {
        return sla.compliance();
    }
}
