package dev.vigil.environments;

import dev.vigil.incidents.Severity;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The targets the reliability figures are measured against (shared/specs/reliability-metrics.md):
 * which severities count as outages, response targets per severity and the default availability target.
 */
public record ReliabilitySettings(Set<Severity> outageSeverities, Map<Severity, ResponseTarget> responseTargets,
                                  double defaultAvailabilityTarget) {

    /** The spec's defaults: SEV1 and SEV2 are outages, the response targets of its table, 99.9 %. */
    public static final ReliabilitySettings DEFAULTS = new ReliabilitySettings(null, null, 0.999);

    public ReliabilitySettings {
        outageSeverities = outageSeverities == null || outageSeverities.isEmpty()
                ? defaultOutageSeverities() : Set.copyOf(outageSeverities);
        Map<Severity, ResponseTarget> merged = new EnumMap<>(Severity.class);
        merged.putAll(defaultResponseTargets());
        if (responseTargets != null) {
            merged.putAll(responseTargets);
        }
        responseTargets = Map.copyOf(merged);
        if (!(defaultAvailabilityTarget > 0 && defaultAvailabilityTarget < 1)) {
            throw new IllegalArgumentException("availability target must be between 0 and 1 (exclusive), got " + defaultAvailabilityTarget);
        }
    }

    public ResponseTarget target(Severity severity) {
        return responseTargets.get(severity);
    }

    private static Set<Severity> defaultOutageSeverities() {
        return EnumSet.of(Severity.SEV1, Severity.SEV2);
    }

    private static Map<Severity, ResponseTarget> defaultResponseTargets() {
        return Map.of(Severity.SEV1, new ResponseTarget(Duration.ofMinutes(5), Duration.ofHours(4)),
                Severity.SEV2, new ResponseTarget(Duration.ofMinutes(15), Duration.ofHours(8)),
                Severity.SEV3, new ResponseTarget(Duration.ofHours(1), Duration.ofDays(3)),
                Severity.SEV4, new ResponseTarget(Duration.ofHours(4), Duration.ofDays(7)));
    }
}
