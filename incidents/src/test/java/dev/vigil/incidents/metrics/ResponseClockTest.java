package dev.vigil.incidents.metrics;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventStamp;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseClockTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private static IncidentTimes times(EventStamp... events) {
        return IncidentTimes.of(List.of(events));
    }

    private static EventStamp e(EventKind kind, int minutes) {
        return EventStamp.of(kind, T0.plusSeconds(60L * minutes));
    }

    @Test
    void aRunningClockIsOnTrackThenAtRiskThenBreached() {
        IncidentTimes t = times(e(EventKind.DETECTED, 0));
        assertThat(ResponseClock.acknowledge(t, FIVE_MINUTES, T0.plusSeconds(60)).state()).isEqualTo(ResponseClock.State.ON_TRACK);
        assertThat(ResponseClock.acknowledge(t, FIVE_MINUTES, T0.plusSeconds(4 * 60)).state()).isEqualTo(ResponseClock.State.AT_RISK);
        ResponseClock late = ResponseClock.acknowledge(t, FIVE_MINUTES, T0.plusSeconds(6 * 60));
        assertThat(late.state()).isEqualTo(ResponseClock.State.BREACHED);
        assertThat(late.remaining()).isEqualTo(Duration.ofMinutes(-1));
    }

    @Test
    void acknowledgingExactlyOnTheTargetKeepsIt() {
        IncidentTimes t = times(e(EventKind.DETECTED, 0), e(EventKind.ACKNOWLEDGED, 5));
        ResponseClock clock = ResponseClock.acknowledge(t, FIVE_MINUTES, T0.plusSeconds(3600));
        assertThat(clock.stopped()).isTrue();
        assertThat(clock.state()).isEqualTo(ResponseClock.State.MET);
    }

    @Test
    void aReopenedIncidentRestartsTheResolveClockFromDetection() {
        IncidentTimes t = times(e(EventKind.DETECTED, 0), e(EventKind.RESOLVED, 30), e(EventKind.REOPENED, 40));
        ResponseClock clock = ResponseClock.resolve(t, Duration.ofHours(4), T0.plusSeconds(50 * 60));
        assertThat(clock.stopped()).isFalse();
        assertThat(clock.elapsed()).isEqualTo(Duration.ofMinutes(50));
    }

    @Test
    void timeToRecoverRunsFromImpactStartToTheLastResolution() {
        IncidentTimes t = times(e(EventKind.IMPACT_STARTED, -8), e(EventKind.DETECTED, 0), e(EventKind.RESOLVED, 30),
                e(EventKind.REOPENED, 40), e(EventKind.RESOLVED, 52));
        assertThat(t.timeToDetect()).isEqualTo(Duration.ofMinutes(8));
        assertThat(t.timeToRecover()).isEqualTo(Duration.ofMinutes(60));
        assertThat(t.timeToAcknowledge()).isNull();
    }
}
