package dev.vigil.connectors.demo;

import dev.vigil.connectors.alerting.ActionOutcome;
import dev.vigil.connectors.alerting.Alert;
import dev.vigil.connectors.alerting.AlertAction;
import dev.vigil.connectors.alerting.AlertCommand;
import dev.vigil.connectors.alerting.AlertFeedState;
import dev.vigil.connectors.alerting.AlertListener;
import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.connectors.alerting.AlertStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo environment's alerts: derived from the simulated fleet, actionable in memory, raised by drills. */
class DemoAlertSourceTest {

    private static final Instant MORNING = Instant.parse("2026-11-22T07:00:00Z");
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<List<Alert>> pushed = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private DemoAlertSource started(Instant at) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        DemoAlertSource source = new DemoAlertSource(new DemoFleet(DemoFleet.DEFAULT_SEED, at), timer, clock);
        source.start(new AlertListener() {
            @Override
            public void onAlerts(List<Alert> alerts) {
                pushed.add(alerts);
            }

            @Override
            public void onState(AlertFeedState state) {
            }
        });
        return source;
    }

    @Test
    void theCrashLoopingNotificationsPodOfTheSimulatedClusterPagesAtP2() {
        DemoAlertSource source = started(MORNING);
        Alert crash = source.alerts().stream().filter(a -> a.labels().get("alertname").equals("KubePodCrashLooping"))
                .findFirst().orElseThrow();
        assertThat(crash.service()).isEqualTo("notifications");
        assertThat(crash.priority()).isEqualTo(AlertPriority.P2);
        assertThat(crash.title()).contains("OOMKilled");
        assertThat(crash.count()).isEqualTo(7);
        assertThat(pushed).isNotEmpty();
    }

    @Test
    void aPodThatRestartedOnceAndRunsAgainIsAClosedP4FromItsRestart() {
        DemoAlertSource source = started(MORNING);
        Alert restarted = source.alerts().stream().filter(a -> a.labels().get("alertname").equals("KubePodRestarted"))
                .findFirst().orElseThrow();
        assertThat(restarted.service()).isEqualTo("checkout");
        assertThat(restarted.priority()).isEqualTo(AlertPriority.P4);
        assertThat(restarted.status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(restarted.createdAt()).isBefore(MORNING.minus(Duration.ofHours(4)));
    }

    @Test
    void aServiceWhoseP99IsAboveTheThresholdFiresAndYesterdaysEpisodesAreClosed() {
        DemoFleet fleet = new DemoFleet(DemoFleet.DEFAULT_SEED, MORNING);
        DemoAlertSource source = started(MORNING);
        List<Alert> latency = source.alerts().stream().filter(a -> a.labels().get("alertname").equals("HighLatencyP99")).toList();
        for (Alert a : latency.stream().filter(a -> a.status() == AlertStatus.OPEN).toList()) {
            assertThat(fleet.latencyMs(a.service(), 0.99, MORNING)).isGreaterThan(DemoAlertRules.P99_CLEAR_MS);
        }
        assertThat(latency).anySatisfy(a -> {
            assertThat(a.service()).isEqualTo("notifications");
            assertThat(a.status()).isEqualTo(AlertStatus.OPEN);
        });
        // payments crosses 500 ms only near the afternoon peak: yesterday's episode is history.
        assertThat(latency).anySatisfy(a -> {
            assertThat(a.service()).isEqualTo("payments");
            assertThat(a.status()).isEqualTo(AlertStatus.CLOSED);
        });
        assertThat(latency).filteredOn(a -> a.service().equals("payments")).noneMatch(a -> a.status().active());
    }

    @Test
    void acknowledgeNoteAndCloseChangeTheAlertInMemoryAndLandInItsLog() throws Exception {
        DemoAlertSource source = started(MORNING);
        Alert crash = source.alerts().stream().filter(a -> a.priority() == AlertPriority.P2).findFirst().orElseThrow();

        assertThat(source.perform(new AlertCommand(AlertAction.ACKNOWLEDGE, crash.id(), "ana", "", null)).kind())
                .isEqualTo(ActionOutcome.Kind.DONE);
        assertThat(pushed.getLast()).filteredOn(a -> a.id().equals(crash.id()))
                .singleElement().satisfies(a -> {
                    assertThat(a.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
                    assertThat(a.acknowledgedBy()).isEqualTo("ana");
                });
        source.perform(new AlertCommand(AlertAction.ADD_NOTE, crash.id(), "ana", "raising the memory limit", null));
        source.perform(new AlertCommand(AlertAction.CLOSE, crash.id(), "ana", "", null));

        var details = source.details(crash.id());
        assertThat(details.alert().status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(details.notes()).extracting(n -> n.text()).containsExactly("raising the memory limit");
        assertThat(details.timeline()).extracting(e -> e.text()).contains("Acknowledged by ana", "Closed by ana");
        ActionOutcome again = source.perform(new AlertCommand(AlertAction.ACKNOWLEDGE, crash.id(), "ana", "", null));
        assertThat(again.kind()).isEqualTo(ActionOutcome.Kind.INVALID);
    }

    @Test
    void aDrillRaisesAnAlertThatDedupesByKeyAndResolves() {
        DemoAlertSource source = started(MORNING);
        DemoAlertSource.InjectedAlert injected = new DemoAlertSource.InjectedAlert("payments-5xx", "Payments 5xx above 5%",
                "payments", AlertPriority.P1, "Injected by the drill", Map.of("drill", "db-failover"));
        String id = source.raise(injected);
        assertThat(source.raise(injected)).isEqualTo(id);

        Alert raised = pushed.getLast().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        assertThat(raised.count()).isEqualTo(2);
        assertThat(raised.priority()).isEqualTo(AlertPriority.P1);
        assertThat(raised.labels()).containsEntry("drill", "db-failover").containsEntry("service", "payments");

        assertThat(source.resolve("payments-5xx")).isTrue();
        assertThat(pushed.getLast()).filteredOn(a -> a.id().equals(id)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(AlertStatus.CLOSED));
        assertThat(source.resolve("payments-5xx")).isFalse();
    }

    @Test
    void aSnoozeEndsWhenItsTimeIsUp() {
        Instant[] now = {MORNING};
        Clock moving = new Clock() {
            public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId z) { return this; }
            public Instant instant() { return now[0]; }
        };
        DemoAlertSource source = new DemoAlertSource(new DemoFleet(DemoFleet.DEFAULT_SEED, MORNING), timer, moving);
        Alert crash = source.alerts().stream().filter(a -> a.priority() == AlertPriority.P2).findFirst().orElseThrow();
        source.perform(new AlertCommand(AlertAction.SNOOZE, crash.id(), "ana", "", Duration.ofMinutes(30)));
        assertThat(status(source, crash.id())).isEqualTo(AlertStatus.SNOOZED);
        now[0] = MORNING.plus(Duration.ofMinutes(31));
        source.evaluate();
        assertThat(status(source, crash.id())).isEqualTo(AlertStatus.OPEN);
    }

    private static AlertStatus status(DemoAlertSource source, String id) {
        return source.alerts().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().status();
    }
}
