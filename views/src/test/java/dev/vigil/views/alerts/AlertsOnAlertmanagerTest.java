package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.AlertAction;
import dev.vigil.connectors.alerting.AlertStatus;
import dev.vigil.connectors.alerting.AlertmanagerSource;
import dev.vigil.connectors.alerting.LocalAlertmanager;
import dev.vigil.environments.AlertProvider;
import dev.vigil.environments.AlertingSettings;
import dev.vigil.environments.Endpoint;
import dev.vigil.environments.Environment;
import dev.vigil.environments.Tier;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.FxWait;
import dev.vigil.views.common.IncidentDeclarer;
import dev.vigil.views.common.InMemoryPinboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Alerts section over the real Alertmanager: a silence hides the alert from the open list, expiring it brings it back. */
@ExtendWith(ApplicationExtension.class)
class AlertsOnAlertmanagerTest {

    private final AlertsFixture fixture = new AlertsFixture();
    private LocalAlertmanager alertmanager;
    private AlertsViewModel alerts;

    @AfterEach
    void stop() throws Exception {
        if (alerts != null) {
            FxWait.run(alerts::close);
        }
        fixture.close();
        if (alertmanager != null) {
            alertmanager.close();
        }
    }

    @Test
    void silencingHidesTheAlertFromTheOpenListAndExpiringTheSilenceShowsItAgain() throws Exception {
        alertmanager = LocalAlertmanager.start();
        alertmanager.post(List.of(new LocalAlertmanager.Posted(Map.of("alertname", "CheckoutSlow", "service", "checkout",
                "severity", "warning"), Map.of("summary", "Checkout p99 above 1.5 s"), Instant.now().minusSeconds(60), null)));
        fixture.environment.set(new Environment("staging", Tier.INTEGRATION, false, null, null, null,
                new AlertingSettings(AlertProvider.ALERTMANAGER, new Endpoint(alertmanager.url(), null)), List.of()));
        FxWait.run(() -> alerts = new AlertsViewModel(fixture.environment,
                env -> new AlertmanagerSource(env.alerting().endpoint().url(), null, null, fixture.timer, fixture.io, fixture.clock,
                        Duration.ofMillis(300)), FxThread.executor(), fixture.timer, fixture.clock, h -> { }));
        AlertActionsViewModel actions = FxWait.onFx(() -> new AlertActionsViewModel(alerts,
                new AlertDetailViewModel(alerts, fixture.io, FxThread.executor()), new InMemoryPinboard(), line -> false,
                IncidentDeclarer.NONE, "ana", fixture.io, FxThread.executor()));
        FxWait.until(10, "alert listed", () -> alerts.alerts().size() == 1);
        FxWait.run(() -> {
            alerts.selectedIdProperty().set(alerts.alerts().getFirst().id());
            assertThat(actions.enabledProperty(AlertAction.ACKNOWLEDGE).get()).isFalse();
            actions.noteProperty().set("deploying the fix");
            actions.durationProperty().set(Duration.ofMinutes(15));
            actions.request(AlertAction.SILENCE);
            assertThat(actions.confirmation().pendingProperty().get()).isNotNull();
            actions.confirm();
        });
        FxWait.until(10, "silenced alert hidden", () -> alerts.alerts().isEmpty()
                && alerts.countsProperty().get().snoozed() == 1);
        FxWait.run(() -> {
            assertThat(actions.resultProperty().get()).startsWith("Silenced for 15 min");
            assertThat(alerts.needsAttentionProperty().get()).isZero();
            actions.request(AlertAction.EXPIRE_SILENCE);
        });
        FxWait.until(10, "alert back in the open list", () -> alerts.alerts().size() == 1
                && alerts.alerts().getFirst().alert().status() == AlertStatus.OPEN);
        FxWait.run(() -> assertThat(alerts.needsAttentionProperty().get()).isEqualTo(1));
    }
}
