package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.AlertAction;
import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.connectors.alerting.AlertStatus;
import dev.vigil.connectors.alerting.AlertmanagerSource;
import dev.vigil.connectors.demo.DemoAlertSource;
import dev.vigil.connectors.health.ConnectorHealth;
import dev.vigil.connectors.health.HealthState;
import dev.vigil.environments.AlertProvider;
import dev.vigil.environments.AlertingSettings;
import dev.vigil.environments.Endpoint;
import dev.vigil.environments.Environment;
import dev.vigil.environments.Tier;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.FxWait;
import dev.vigil.views.common.IncidentDeclarer;
import dev.vigil.views.common.IncidentSeed;
import dev.vigil.views.common.InMemoryPinboard;
import dev.vigil.views.common.Pinboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The Alerts view models with the toolkit running and the demo fleet's real alert source. */
@ExtendWith(ApplicationExtension.class)
class AlertsViewModelTest {

    private final AlertsFixture fixture = new AlertsFixture();
    private final List<ConnectorHealth> health = new CopyOnWriteArrayList<>();
    private final List<String> journal = new CopyOnWriteArrayList<>();
    private final InMemoryPinboard pinboard = new InMemoryPinboard();
    private final List<IncidentSeed> seeds = new CopyOnWriteArrayList<>();
    private AlertsViewModel alerts;
    private AlertActionsViewModel actions;

    private void open(AlertSourceOpener opener) {
        FxWait.run(() -> {
            alerts = new AlertsViewModel(fixture.environment, opener, FxThread.executor(), fixture.timer, fixture.clock, health::add);
            AlertDetailViewModel detail = new AlertDetailViewModel(alerts, fixture.io, FxThread.executor());
            IncidentDeclarer declarer = seeds::add;
            actions = new AlertActionsViewModel(alerts, detail, pinboard, line -> {
                journal.add(line);
                return pinboard.activeIncidentProperty().get() != null;
            }, declarer, "ana", fixture.io, FxThread.executor());
        });
    }

    @AfterEach
    void stop() {
        if (alerts != null) {
            FxWait.run(alerts::close);
        }
        fixture.close();
    }

    private void select(String id) {
        FxWait.run(() -> alerts.selectedIdProperty().set(id));
    }

    private String idOf(AlertPriority p) {
        return FxWait.onFx(() -> alerts.allAlerts().stream().filter(r -> r.alert().priority() == p).findFirst().orElseThrow().id());
    }

    @Test
    void theDemoAlertsShowOpenOnesByDefaultAndTheBadgeCountsTheUnacknowledged() {
        open(fixture.opener());
        FxWait.until(5, "first list", () -> alerts.loadedProperty().get());
        FxWait.run(() -> {
            assertThat(alerts.alerts()).isNotEmpty().allMatch(r -> r.alert().status().active() && r.alert().status() != AlertStatus.SNOOZED);
            assertThat(alerts.allAlerts().size()).isGreaterThan(alerts.alerts().size());
            assertThat(alerts.needsAttentionProperty().get()).isEqualTo(alerts.countsProperty().get().open()).isPositive();
            assertThat(alerts.alerts().getFirst().alert().priority()).isEqualTo(AlertPriority.P2);
            assertThat(alerts.services()).contains("notifications", "payments");
        });
        assertThat(health).last().satisfies(h -> assertThat(h.state()).isEqualTo(HealthState.OK));
    }

    @Test
    void filtersNarrowByStatusPriorityServiceAndEveryWordOfTheText() {
        open(fixture.opener());
        FxWait.until(5, "first list", () -> alerts.loadedProperty().get());
        FxWait.run(() -> {
            alerts.priorityFilterProperty().set(AlertPriority.P2);
            assertThat(alerts.alerts()).allMatch(r -> r.alert().priority().rank() <= 2).isNotEmpty();
            alerts.priorityFilterProperty().set(null);
            alerts.textProperty().set("latency NOTIFICATIONS");
            assertThat(alerts.alerts()).singleElement().satisfies(r -> assertThat(r.alert().title()).contains("latency"));
            alerts.textProperty().set("");
            alerts.statusFilterProperty().set(StatusFilter.CLOSED);
            assertThat(alerts.alerts()).isNotEmpty().allMatch(r -> r.alert().status() == AlertStatus.CLOSED);
            alerts.statusFilterProperty().set(StatusFilter.ALL);
            alerts.serviceFilterProperty().set("payments");
            assertThat(alerts.alerts()).isNotEmpty().allMatch(r -> r.alert().service().equals("payments"));
        });
    }

    @Test
    void anAlertRaisedAfterTheFirstListIsHighlightedUntilSomeoneLooksAtIt() {
        open(fixture.opener());
        FxWait.until(5, "first list", () -> alerts.loadedProperty().get());
        FxWait.run(() -> assertThat(alerts.allAlerts()).noneMatch(AlertRow::fresh));
        String id = fixture.demo.raise(new DemoAlertSource.InjectedAlert("checkout-5xx", "Checkout 5xx above 5%", "checkout",
                AlertPriority.P1, "injected", Map.of()));
        FxWait.until(5, "raised alert listed", () -> alerts.alerts().stream().anyMatch(r -> r.id().equals(id)));
        FxWait.run(() -> {
            assertThat(alerts.alerts().getFirst().id()).isEqualTo(id);
            assertThat(alerts.alerts().getFirst().fresh()).isTrue();
        });
        select(id);
        FxWait.run(() -> assertThat(alerts.allAlerts()).filteredOn(r -> r.id().equals(id)).singleElement()
                .satisfies(r -> assertThat(r.fresh()).isFalse()));
    }

    @Test
    void acknowledgingWhileAnIncidentIsActiveChangesTheAlertAndWritesTheIncidentTimeline() {
        open(fixture.opener());
        FxWait.until(5, "first list", () -> alerts.loadedProperty().get());
        pinboard.active.set(new Pinboard.ActiveIncident("INC-7", "Notifications down"));
        String id = idOf(AlertPriority.P2);
        select(id);
        FxWait.run(() -> actions.request(AlertAction.ACKNOWLEDGE));
        FxWait.until(5, "acknowledged", () -> alerts.selectedProperty().get().status() == AlertStatus.ACKNOWLEDGED);
        FxWait.until(5, "result", () -> actions.resultProperty().get().contains("added to the incident timeline"));
        assertThat(journal).singleElement().satisfies(line -> assertThat(line)
                .startsWith("Acknowledge alert \"Pod notifications-").contains("(demo, by ana): Acknowledged by ana"));
        FxWait.run(() -> {
            assertThat(alerts.selectedProperty().get().acknowledgedBy()).isEqualTo("ana");
            assertThat(alerts.needsAttentionProperty().get()).isEqualTo(alerts.countsProperty().get().open());
            actions.pin();
        });
        assertThat(pinboard.pinned).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("alert");
            assertThat(e.sourceRef()).isEqualTo("alerts:demo/" + id);
            assertThat(e.attachments()).containsKey("labels");
        });
    }

    @Test
    void closingInProductionWaitsForTheServiceToBeTyped() {
        fixture.environment.set(AlertsFixture.productionDemo());
        open(fixture.opener());
        FxWait.until(5, "first list", () -> alerts.loadedProperty().get());
        String id = idOf(AlertPriority.P2);
        select(id);
        FxWait.run(() -> {
            actions.request(AlertAction.CLOSE);
            assertThat(actions.confirmation().pendingProperty().get()).isNotNull();
            assertThat(actions.confirmation().questionProperty().get()).contains("type notifications");
            actions.confirmation().typedProperty().set("payments");
            actions.confirm();
            assertThat(actions.confirmation().pendingProperty().get()).isNotNull();
            actions.confirmation().typedProperty().set("notifications");
            actions.confirm();
        });
        FxWait.until(5, "closed", () -> alerts.allAlerts().stream().anyMatch(r -> r.id().equals(id) && r.alert().status() == AlertStatus.CLOSED));
        FxWait.run(() -> assertThat(alerts.alerts()).noneMatch(r -> r.id().equals(id)));
    }

    @Test
    void declaringFromAnAlertSeedsTheFormWithItsTitleServiceSeverityAndCreation() {
        open(fixture.opener());
        FxWait.until(5, "first list", () -> alerts.loadedProperty().get());
        String id = idOf(AlertPriority.P2);
        select(id);
        FxWait.run(actions::declareIncident);
        assertThat(seeds).singleElement().satisfies(seed -> {
            var alert = FxWait.onFx(() -> alerts.selectedProperty().get());
            assertThat(seed.title()).isEqualTo(alert.title());
            assertThat(seed.service()).isEqualTo("notifications");
            assertThat(seed.severity()).isEqualTo(dev.vigil.incidents.Severity.SEV2);
            assertThat(seed.detectedAt()).isEqualTo(alert.createdAt());
            assertThat(seed.evidence().kind()).isEqualTo("alert");
        });
    }

    @Test
    void anUnreachableProviderShowsTheProblemAndTurnsTheStatusBarDotRed() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port);
        fixture.environment.set(new Environment("qa", Tier.QA, false, null, null, null,
                new AlertingSettings(AlertProvider.ALERTMANAGER, new Endpoint(nowhere, null)), List.of()));
        open(env -> new AlertmanagerSource(env.alerting().endpoint().url(), null, null, fixture.timer, fixture.io, fixture.clock,
                Duration.ofSeconds(30)));
        FxWait.until(10, "problem shown", () -> !alerts.problemProperty().get().isEmpty());
        FxWait.run(() -> {
            assertThat(alerts.problemProperty().get()).contains("unreachable").contains("127.0.0.1:" + port);
            assertThat(alerts.configuredProperty().get()).isTrue();
            assertThat(alerts.allAlerts()).isEmpty();
        });
        assertThat(health).last().satisfies(h -> {
            assertThat(h.state()).isEqualTo(HealthState.DOWN);
            assertThat(h.connector()).isEqualTo("Alerts");
            assertThat(h.detail()).contains("Alertmanager at " + nowhere);
        });
    }

    @Test
    void switchingToAnEnvironmentWithoutAlertingEmptiesTheListAndTheBadge() {
        open(fixture.opener());
        FxWait.until(5, "first list", () -> alerts.loadedProperty().get());
        FxWait.run(() -> fixture.environment.set(new Environment("sandbox", Tier.SANDBOX, false, null, null, null,
                AlertingSettings.NONE, List.of())));
        FxWait.run(() -> {
            assertThat(alerts.allAlerts()).isEmpty();
            assertThat(alerts.needsAttentionProperty().get()).isZero();
            assertThat(alerts.configuredProperty().get()).isFalse();
        });
    }
}
