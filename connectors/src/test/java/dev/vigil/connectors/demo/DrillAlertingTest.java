package dev.vigil.connectors.demo;

import dev.vigil.connectors.ManualClock;
import dev.vigil.connectors.alerting.Alert;
import dev.vigil.connectors.alerting.AlertAction;
import dev.vigil.connectors.alerting.AlertCommand;
import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.connectors.alerting.AlertStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** A drill's alerts fire on the demo's alert source when the drill reaches them, and clear when it ends. */
class DrillAlertingTest {

    private static final Instant T0 = Instant.parse("2026-11-22T14:00:00Z");

    private final ManualClock clock = new ManualClock(T0);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final DemoFleet fleet = new DemoFleet(DemoFleet.DEFAULT_SEED, T0);
    private final DemoAlertSource alerts = new DemoAlertSource(fleet, timer, clock);
    private final DrillAlerting drillAlerting = new DrillAlerting(fleet.drills(), alerts, clock);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private Optional<Alert> drillAlert() {
        return alerts.alerts().stream().filter(a -> a.labels().containsKey(DrillAlerting.DRILL_LABEL)).findFirst();
    }

    @Test
    void theDrillsPageFiresWhenReachedLabelledWithTheDrillAndClosesWhenItEnds() {
        DrillRun run = fleet.drills().start(DrillScenarios.CHECKOUT_OOM, T0, 1); // pages at 90 s

        clock.set(T0.plusSeconds(89));
        drillAlerting.advance();
        assertThat(drillAlert()).isEmpty();

        clock.set(T0.plusSeconds(91));
        drillAlerting.advance();
        drillAlerting.advance();
        Alert page = drillAlert().orElseThrow();
        assertThat(page.title()).isEqualTo("checkout pods are crash looping");
        assertThat(page.priority()).isEqualTo(AlertPriority.P2);
        assertThat(page.labels()).containsEntry("drill", "checkout-oom").containsEntry("alertname", "KubePodCrashLooping");
        assertThat(page.count()).as("raised once").isEqualTo(1);

        clock.set(T0.plusSeconds(120));
        alerts.perform(new AlertCommand(AlertAction.ACKNOWLEDGE, page.id(), "trainee", "", null));
        assertThat(drillAlerting.pageAcknowledged(run)).contains(T0.plusSeconds(120));

        fleet.drills().end(T0.plusSeconds(200));
        clock.set(T0.plusSeconds(201));
        drillAlerting.advance();
        assertThat(drillAlert().orElseThrow().status()).isEqualTo(AlertStatus.CLOSED);
    }
}
