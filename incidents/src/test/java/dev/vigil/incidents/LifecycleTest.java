package dev.vigil.incidents;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.vigil.incidents.EventKind.*;
import static org.assertj.core.api.Assertions.assertThat;

class LifecycleTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    private static EventStamp e(EventKind kind, int minutes) {
        return EventStamp.of(kind, T.plusSeconds(60L * minutes));
    }

    @Test
    void timelineWithoutDetectedIsRefused() {
        assertThat(Lifecycle.check(List.of(e(IMPACT_STARTED, 0)))).hasValue(new Lifecycle.Violation(-1, "no detected event"));
    }

    @Test
    void responseBeforeDetectedIsRefusedNamingTheEvent() {
        var v = Lifecycle.check(List.of(e(DETECTED, 10), e(CONTAINED, 9)));

        assertThat(v).isPresent();
        assertThat(v.get().index()).isEqualTo(1);
        assertThat(v.get().reason()).isEqualTo("contained at 2026-03-01T10:09:00Z is before detected at 2026-03-01T10:10:00Z");
    }

    @Test
    void detectedBeforeImpactStartedIsRefused() {
        assertThat(Lifecycle.check(List.of(e(IMPACT_STARTED, 5), e(DETECTED, 4)))).get()
                .extracting(Lifecycle.Violation::index).isEqualTo(1);
    }

    @Test
    void eventsAtTheDetectionInstantAreAccepted() {
        assertThat(Lifecycle.check(List.of(e(IMPACT_STARTED, 0), e(DETECTED, 0), e(ACKNOWLEDGED, 0), e(RESOLVED, 0)))).isEmpty();
    }

    @Test
    void appendOfResolveBeforeDetectionGivesAReason() {
        assertThat(Lifecycle.checkAppend(List.of(e(DETECTED, 0)), e(RESOLVED, -1))).get().asString().contains("before detected");
        assertThat(Lifecycle.checkAppend(List.of(e(DETECTED, 0)), e(NOTE, -1))).isEmpty();
    }

    @Test
    void statusIsTakenFromTheLatestLifecycleEventInTableOrderAtOneInstant() {
        assertThat(Lifecycle.status(List.of(e(DETECTED, 0)))).isEqualTo(IncidentStatus.INVESTIGATING);
        assertThat(Lifecycle.status(List.of(e(DETECTED, 0), e(ACKNOWLEDGED, 1)))).isEqualTo(IncidentStatus.IDENTIFIED);
        assertThat(Lifecycle.status(List.of(e(DETECTED, 0), e(CONTAINED, 1), e(NOTE, 5)))).isEqualTo(IncidentStatus.MONITORING);
        assertThat(Lifecycle.status(List.of(e(REOPENED, 2), e(DETECTED, 0), e(RESOLVED, 2)))).isEqualTo(IncidentStatus.INVESTIGATING);
        assertThat(Lifecycle.status(List.of(e(DETECTED, 0), e(RESOLVED, 2), e(CLOSED, 9)))).isEqualTo(IncidentStatus.CLOSED);
    }
}
