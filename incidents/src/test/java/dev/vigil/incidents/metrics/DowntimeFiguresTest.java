package dev.vigil.incidents.metrics;

import dev.vigil.incidents.Severity;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.vigil.incidents.EventKind.*;
import static dev.vigil.incidents.Severity.SEV1;
import static dev.vigil.incidents.Severity.SEV2;
import static dev.vigil.incidents.Severity.SEV3;
import static dev.vigil.incidents.metrics.Timelines.DAY;
import static dev.vigil.incidents.metrics.Timelines.incident;
import static dev.vigil.incidents.metrics.Timelines.report;
import static org.assertj.core.api.Assertions.assertThat;

class DowntimeFiguresTest {

    private static ServiceFigures api(ReliabilityReport r) {
        return r.services().get("api");
    }

    @Test
    void reportCountsReopenedDowntimeOnce() {
        // [10:00, 11:00) + [12:00, 12:30): the reopened at 10:30 is ignored (an interval is open),
        // the resolved at 13:00 too (none is open).
        ReliabilityReport r = report(DAY, incident("A", "api", SEV1,
                IMPACT_STARTED, "03-01T10:00", DETECTED, "03-01T10:10", REOPENED, "03-01T10:30",
                RESOLVED, "03-01T11:00", REOPENED, "03-01T12:00", RESOLVED, "03-01T12:30", RESOLVED, "03-01T13:00"));

        assertThat(api(r).downtime()).isEqualTo(5400.0);
        assertThat(api(r).failures()).isEqualTo(1);
    }

    @Test
    void overlappingOutagesOfOneServiceCountOnce() {
        ReliabilityReport r = report(DAY,
                incident("A", "api", SEV1, DETECTED, "03-01T10:00", RESOLVED, "03-01T11:00"),
                incident("B", "api", SEV2, DETECTED, "03-01T10:30", RESOLVED, "03-01T12:00"),
                incident("C", "api", SEV1, DETECTED, "03-01T10:40", RESOLVED, "03-01T10:50"),
                incident("D", "db", SEV1, DETECTED, "03-01T10:00", RESOLVED, "03-01T10:30"));

        assertThat(api(r).downtime()).isEqualTo(7200.0);
        assertThat(api(r).failures()).isEqualTo(3);
        assertThat(r.services().get("db").downtime()).isEqualTo(1800.0);
    }

    @Test
    void downtimeIsClippedAtWindowStartAndCountsIncidentsDetectedBefore() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV1,
                DETECTED, "02-28T23:00", RESOLVED, "03-01T01:00"));

        assertThat(api(r).downtime()).isEqualTo(3600.0);
        assertThat(api(r).failures()).as("impact started before the window").isZero();
        assertThat(api(r).mtbf()).isNull();
        assertThat(r.incidents()).isZero();
    }

    @Test
    void openIncidentRunsToTheWindowEnd() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV1,
                IMPACT_STARTED, "03-01T22:30", DETECTED, "03-01T23:00", RESOLVED, "03-02T02:00"));

        assertThat(api(r).downtime()).isEqualTo(5400.0);
        assertThat(api(r).failures()).isEqualTo(1);
    }

    @Test
    void reopenedIncidentStillOpenRunsToTheWindowEnd() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV1,
                DETECTED, "03-01T20:00", RESOLVED, "03-01T21:00", REOPENED, "03-01T23:00"));

        assertThat(api(r).downtime()).isEqualTo(7200.0);
    }

    @Test
    void resolvedAndReopenedAtTheSameInstantKeepTheOutageGoing() {
        // Table order puts resolved before reopened: [10:00, 11:00) then [11:00, to).
        ReliabilityReport r = report(DAY, incident("A", "api", SEV1,
                REOPENED, "03-01T11:00", RESOLVED, "03-01T11:00", DETECTED, "03-01T10:00"));

        assertThat(api(r).downtime()).isEqualTo(14 * 3600.0);
    }

    @Test
    void incidentDetectedAtOrAfterToAddsNoDowntimeNorFailure() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV1,
                IMPACT_STARTED, "03-01T23:00", DETECTED, "03-02T00:00"));

        assertThat(api(r).downtime()).isZero();
        assertThat(api(r).failures()).isZero();
        assertThat(api(r).availability()).isEqualTo(1.0);
    }

    @Test
    void onlyOutageSeveritiesAddDowntime() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV3, DETECTED, "03-01T10:00", RESOLVED, "03-01T11:00"));

        assertThat(api(r).downtime()).isZero();
        assertThat(api(r).failures()).isZero();
        assertThat(r.incidents()).isEqualTo(1);
    }

    @Test
    void severityFilterDoesNotNarrowDowntime() {
        ReliabilityReport r = report(DAY, new ReportFilter(Set.of(), Set.of(Severity.SEV3)),
                incident("A", "api", SEV1, DETECTED, "03-01T10:00", RESOLVED, "03-01T11:00"),
                incident("B", "api", SEV3, DETECTED, "03-01T10:00", ACKNOWLEDGED, "03-01T10:02"));

        assertThat(r.incidents()).isEqualTo(1);
        assertThat(r.mtta().mean()).isEqualTo(120.0);
        assertThat(api(r).downtime()).isEqualTo(3600.0);
        assertThat(api(r).failures()).isEqualTo(1);
    }

    @Test
    void serviceFilterNarrowsServicesAndIncidents() {
        ReliabilityReport r = report(DAY, new ReportFilter(Set.of("db"), Set.of()),
                incident("A", "api", SEV1, DETECTED, "03-01T10:00", RESOLVED, "03-01T11:00"),
                incident("B", "db", SEV3, DETECTED, "03-01T10:00"));

        assertThat(r.services()).containsOnlyKeys("db");
        assertThat(r.incidents()).isEqualTo(1);
    }

    @Test
    void servicesWithoutIncidentsInTheWindowAreListed() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV1, DETECTED, "01-10T10:00", RESOLVED, "01-10T11:00"));

        assertThat(api(r)).isEqualTo(new ServiceFigures(1.0, 0.0, 0, null, 0.999, true, 1.0));
    }

    @Test
    void availabilityMtbfAndHalfSpentErrorBudget() {
        // 30 days = 2,592,000 s; a 99.9 % target allows 2,592 s; 1,296 s of downtime spends half.
        ReportWindow month = Timelines.window("03-01T00:00", "03-31T00:00");
        ReliabilityReport r = report(month,
                incident("A", "api", SEV1, DETECTED, "03-05T10:00", RESOLVED, "03-05T10:10"),
                incident("B", "api", SEV2, DETECTED, "03-20T10:00", RESOLVED, "03-20T10:11:36"));

        ServiceFigures f = api(r);
        assertThat(f.downtime()).isEqualTo(1296.0);
        assertThat(f.failures()).isEqualTo(2);
        assertThat(f.availability()).isCloseTo(0.9995, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(f.mtbf()).isEqualTo((2_592_000.0 - 1296.0) / 2);
        assertThat(f.availabilityCompliant()).isTrue();
        assertThat(f.errorBudgetRemaining()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void errorBudgetGoesNegativeOnceSpent() {
        ReportWindow month = Timelines.window("03-01T00:00", "03-31T00:00");
        ReliabilityReport r = report(month,
                incident("A", "api", SEV1, DETECTED, "03-05T10:00", RESOLVED, "03-05T11:04:48"));

        ServiceFigures f = api(r);
        assertThat(f.downtime()).isEqualTo(3888.0);
        assertThat(f.availabilityCompliant()).isFalse();
        assertThat(f.errorBudgetRemaining()).isCloseTo(-0.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void availabilityExactlyOnTargetIsCompliant() {
        // 86.4 s down in a day is exactly 99.9 %.
        ReliabilityReport r = report(DAY, incident("A", "api", SEV1,
                DETECTED, "03-01T10:00", RESOLVED, "03-01T10:01:26.400"));

        assertThat(api(r).downtime()).isEqualTo(86.4);
        assertThat(api(r).availabilityCompliant()).isTrue();
    }
}
