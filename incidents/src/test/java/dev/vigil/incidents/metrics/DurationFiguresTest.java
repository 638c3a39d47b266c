package dev.vigil.incidents.metrics;

import org.junit.jupiter.api.Test;

import static dev.vigil.incidents.EventKind.*;
import static dev.vigil.incidents.Severity.SEV3;
import static dev.vigil.incidents.metrics.Timelines.DAY;
import static dev.vigil.incidents.metrics.Timelines.incident;
import static dev.vigil.incidents.metrics.Timelines.report;
import static org.assertj.core.api.Assertions.assertThat;

class DurationFiguresTest {

    @Test
    void durationsUseFirstStartsAndLastResolved() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV3,
                IMPACT_STARTED, "03-01T10:00", DETECTED, "03-01T10:05", DETECTED, "03-01T10:07",
                ACKNOWLEDGED, "03-01T10:10", ACKNOWLEDGED, "03-01T10:20", CONTAINED, "03-01T10:30",
                RESOLVED, "03-01T11:00", REOPENED, "03-01T11:10", RESOLVED, "03-01T12:00"));

        assertThat(r.incidents()).isEqualTo(1);
        assertThat(r.mttd()).isEqualTo(new DurationStats(1, 300.0, 300.0, 300.0));
        assertThat(r.mtta()).isEqualTo(new DurationStats(1, 300.0, 300.0, 300.0));
        assertThat(r.mttc()).isEqualTo(new DurationStats(1, 1500.0, 1500.0, 1500.0));
        assertThat(r.mttr()).isEqualTo(new DurationStats(1, 7200.0, 7200.0, 7200.0));
    }

    @Test
    void impactStartFallsBackToDetected() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV3,
                DETECTED, "03-01T10:00", RESOLVED, "03-01T10:30"));

        assertThat(r.mttd()).isEqualTo(new DurationStats(1, 0.0, 0.0, 0.0));
        assertThat(r.mttr().mean()).isEqualTo(1800.0);
    }

    @Test
    void statisticsAreNullWhenNoIncidentHasBothEnds() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV3, DETECTED, "03-01T10:00"));

        assertThat(r.mtta()).isEqualTo(new DurationStats(0, null, null, null));
        assertThat(r.mttc()).isEqualTo(DurationStats.EMPTY);
        assertThat(r.mttr()).isEqualTo(DurationStats.EMPTY);
    }

    @Test
    void medianOfEvenCountIsMeanOfMiddleAndP90IsNearestRank() {
        IncidentFacts[] ten = new IncidentFacts[10];
        for (int i = 0; i < 10; i++) {
            ten[i] = incident("I" + i, "api", SEV3, DETECTED, "03-01T10:00",
                    ACKNOWLEDGED, String.format("03-01T10:%02d", i + 1));
        }
        DurationStats mtta = report(DAY, ten).mtta();

        // 60, 120, ..., 600 s: mean 330, median (300 + 360) / 2, p90 the ⌈9⌉ = 9th smallest.
        assertThat(mtta).isEqualTo(new DurationStats(10, 330.0, 330.0, 540.0));
    }

    @Test
    void p90OfThreeIsTheLargest() {
        DurationStats mtta = report(DAY,
                incident("A", "api", SEV3, DETECTED, "03-01T10:00", ACKNOWLEDGED, "03-01T10:01"),
                incident("B", "api", SEV3, DETECTED, "03-01T10:00", ACKNOWLEDGED, "03-01T10:10"),
                incident("C", "api", SEV3, DETECTED, "03-01T10:00", ACKNOWLEDGED, "03-01T10:02")).mtta();

        assertThat(mtta).isEqualTo(new DurationStats(3, 260.0, 120.0, 600.0));
    }

    @Test
    void openIncidentHasNoMttrEvenIfResolvedAfterTo() {
        IncidentFacts a = incident("A", "api", SEV3, DETECTED, "03-01T22:00", RESOLVED, "03-02T01:00");

        assertThat(report(DAY, a).mttr().n()).isZero();
        assertThat(report(Timelines.window("03-01T00:00", "03-03T00:00"), a).mttr().mean()).isEqualTo(3 * 3600.0);
    }

    @Test
    void reopenedAfterLastResolvedLeavesIncidentOpen() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV3,
                DETECTED, "03-01T10:00", RESOLVED, "03-01T11:00", REOPENED, "03-01T11:30"));

        assertThat(r.mttr().n()).isZero();
    }

    @Test
    void eventsAtOrAfterToAreIgnored() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV3,
                DETECTED, "03-01T23:00", ACKNOWLEDGED, "03-02T00:00", CONTAINED, "03-02T00:01"));

        assertThat(r.mtta().n()).isZero();
        assertThat(r.mttc().n()).isZero();
    }

    @Test
    void resolvedAndReopenedAtTheSameInstantLeaveIncidentOpenWhateverTheirListOrder() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV3,
                REOPENED, "03-01T11:00", DETECTED, "03-01T10:00", RESOLVED, "03-01T11:00"));

        assertThat(r.mttr().n()).isZero();
    }

    @Test
    void incidentDetectedBeforeFromIsNotCounted() {
        ReliabilityReport r = report(DAY,
                incident("A", "api", SEV3, DETECTED, "02-28T23:59", ACKNOWLEDGED, "03-01T00:10"),
                incident("B", "api", SEV3, DETECTED, "03-01T00:00", ACKNOWLEDGED, "03-01T00:01"));

        assertThat(r.incidents()).isEqualTo(1);
        assertThat(r.mtta().mean()).isEqualTo(60.0);
    }

    @Test
    void incidentDetectedAtToIsNotCounted() {
        ReliabilityReport r = report(DAY, incident("A", "api", SEV3, DETECTED, "03-02T00:00"));

        assertThat(r.incidents()).isZero();
        assertThat(r.bySeverity()).isEmpty();
    }
}
