package dev.vigil.incidents.metrics;

import dev.vigil.environments.Environment;
import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.environments.ReliabilitySettings;
import dev.vigil.environments.ServiceSpec;
import dev.vigil.environments.Tier;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.vigil.incidents.EventKind.*;
import static dev.vigil.incidents.Severity.SEV1;
import static dev.vigil.incidents.Severity.SEV2;
import static dev.vigil.incidents.Severity.SEV4;
import static dev.vigil.incidents.metrics.Timelines.DAY;
import static dev.vigil.incidents.metrics.Timelines.incident;
import static dev.vigil.incidents.metrics.Timelines.report;
import static org.assertj.core.api.Assertions.assertThat;

class SlaFiguresTest {

    @Test
    void exactlyOnTargetIsKept() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV1,
                DETECTED, "03-01T10:00", ACKNOWLEDGED, "03-01T10:05", RESOLVED, "03-01T14:00"));

        assertThat(r.sla()).isEqualTo(new SlaCounts(1, 0, 0));
        assertThat(r.responseSlaCompliance()).isEqualTo(1.0);
    }

    @Test
    void oneMillisecondPastTheTargetIsABreach() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV1,
                DETECTED, "03-01T10:00", ACKNOWLEDGED, "03-01T10:05:00.001", RESOLVED, "03-01T10:30"));

        assertThat(r.sla()).isEqualTo(new SlaCounts(0, 1, 0));
        assertThat(r.responseSlaCompliance()).isEqualTo(0.0);
    }

    @Test
    void runningClocksWithinTargetArePendingAndLeaveComplianceNull() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV2, DETECTED, "03-01T23:50"));

        assertThat(r.sla()).isEqualTo(new SlaCounts(0, 0, 1));
        assertThat(r.responseSlaCompliance()).isNull();
    }

    @Test
    void unstoppedClockPastItsTargetIsABreach() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV2,
                DETECTED, "03-01T10:00", ACKNOWLEDGED, "03-01T10:01"));

        // Resolve clock still running at `to`: 14 h > 8 h.
        assertThat(r.sla()).isEqualTo(new SlaCounts(0, 1, 0));
    }

    @Test
    void resolveClockOfReopenedIncidentHasNotStopped() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV1,
                DETECTED, "03-01T22:00", ACKNOWLEDGED, "03-01T22:01", RESOLVED, "03-01T22:30",
                REOPENED, "03-01T23:00"));

        assertThat(r.sla()).isEqualTo(new SlaCounts(0, 0, 1));
    }

    @Test
    void acknowledgementAfterToDoesNotStopTheClock() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV4,
                DETECTED, "03-01T23:00", ACKNOWLEDGED, "03-02T00:00", RESOLVED, "03-02T00:10"));

        assertThat(r.sla()).isEqualTo(new SlaCounts(0, 0, 1));
    }

    @Test
    void complianceIsMetOverMetPlusBreached() {
        ReliabilityReport r = report(DAY,
                incident("A", "api", SEV4, DETECTED, "03-01T10:00", ACKNOWLEDGED, "03-01T10:01", RESOLVED, "03-01T11:00"),
                incident("B", "api", SEV4, DETECTED, "03-01T10:00", ACKNOWLEDGED, "03-01T10:01", RESOLVED, "03-01T11:00"),
                incident("C", "api", SEV4, DETECTED, "03-01T10:00", ACKNOWLEDGED, "03-01T10:01", RESOLVED, "03-01T11:00"),
                incident("D", "api", SEV4, DETECTED, "03-01T10:00", ACKNOWLEDGED, "03-01T15:00"),
                incident("E", "api", SEV4, DETECTED, "03-01T23:00"));

        assertThat(r.sla()).isEqualTo(new SlaCounts(3, 1, 1));
        assertThat(r.responseSlaCompliance()).isEqualTo(0.75);
    }

    @Test
    void bySeverityHasAKeyForEachSeverityAmongTheIncidents() {
        ReliabilityReport r = report(DAY,
                incident("A", "api", SEV4, DETECTED, "03-01T10:00", ACKNOWLEDGED, "03-01T10:01"),
                incident("B", "api", SEV1, DETECTED, "03-01T10:00", RESOLVED, "03-01T11:00"),
                incident("C", "api", SEV4, DETECTED, "03-01T10:00", ACKNOWLEDGED, "03-01T10:03"));

        assertThat(r.bySeverity()).containsOnlyKeys(SEV1, SEV4);
        assertThat(r.bySeverity().get(SEV4)).isEqualTo(new SeverityFigures(2,
                new DurationStats(2, 120.0, 120.0, 180.0), DurationStats.EMPTY));
        assertThat(r.bySeverity().get(SEV1).mttr().mean()).isEqualTo(3600.0);
    }

    @Test
    void serviceAvailabilityTargetComesFromTheEnvironmentsFile() {
        ServiceSpec api = new ServiceSpec("api", "shop", Map.of(), Map.of(), 0.99);
        EnvironmentsConfig config = new EnvironmentsConfig(List.of(new Environment("prod", Tier.PRODUCTION, false,
                null, null, null, null, List.of(api))), "prod", null, ReliabilitySettings.DEFAULTS);
        ReportCalculator calculator = ReportCalculator.from(config);

        assertThat(calculator.availabilityTarget("api")).isEqualTo(0.99);
        assertThat(calculator.availabilityTarget("db")).isEqualTo(0.999);
    }
}
