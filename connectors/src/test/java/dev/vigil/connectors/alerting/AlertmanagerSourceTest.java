package dev.vigil.connectors.alerting;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** The Alertmanager connector against the real Debian Alertmanager on 127.0.0.1. */
class AlertmanagerSourceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static LocalAlertmanager alertmanager;
    private static final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private static final ExecutorService io = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void startAlertmanager() throws Exception {
        alertmanager = LocalAlertmanager.start();
    }

    @AfterAll
    static void stop() throws Exception {
        alertmanager.close();
        timer.shutdownNow();
        io.shutdownNow();
    }

    private static AlertmanagerSource source(String test) {
        return new AlertmanagerSource(alertmanager.url(), null, "test=\"" + test + "\"", timer, io, Clock.systemUTC(),
                Duration.ofMillis(200));
    }

    private static LocalAlertmanager.Posted firing(String test, String name, Map<String, String> extra, Map<String, String> annotations) {
        Map<String, String> labels = new java.util.LinkedHashMap<>(extra);
        labels.put("alertname", name);
        labels.put("test", test);
        return new LocalAlertmanager.Posted(labels, annotations, Instant.now().minusSeconds(120), null);
    }

    @Test
    void listsFiringAlertsWithServiceAndPriorityFromTheirLabels() throws Exception {
        alertmanager.post(List.of(
                firing("labels", "PaymentsDown", Map.of("service", "payments", "severity", "critical"),
                        Map.of("summary", "Payments is down", "description", "No successful charge for 5 minutes",
                                "runbook_url", "https://runbooks.example.com/payments-down")),
                firing("labels", "DiskFilling", Map.of("job", "node-exporter", "severity", "warning"), Map.of()),
                firing("other", "NotMine", Map.of("severity", "critical"), Map.of())));
        try (AlertmanagerSource source = source("labels")) {
            RecordingListener listener = new RecordingListener();
            source.start(listener);
            List<Alert> alerts = listener.awaitSnapshot(WAIT, s -> s.size() == 2);

            Alert payments = alerts.stream().filter(a -> a.labels().get("alertname").equals("PaymentsDown")).findFirst().orElseThrow();
            assertThat(payments.title()).isEqualTo("Payments is down");
            assertThat(payments.description()).isEqualTo("No successful charge for 5 minutes");
            assertThat(payments.service()).isEqualTo("payments");
            assertThat(payments.priority()).isEqualTo(AlertPriority.P1);
            assertThat(payments.status()).isEqualTo(AlertStatus.OPEN);
            assertThat(payments.source()).isEqualTo("prometheus.test");
            assertThat(payments.links()).extracting(AlertLink::title).containsExactly("Runbook", "Generator");
            assertThat(payments.createdAt()).isBefore(Instant.now().minusSeconds(100));

            Alert disk = alerts.stream().filter(a -> a.labels().get("alertname").equals("DiskFilling")).findFirst().orElseThrow();
            assertThat(disk.title()).isEqualTo("DiskFilling");
            assertThat(disk.service()).isEqualTo("node-exporter");
            assertThat(disk.priority()).isEqualTo(AlertPriority.P3);
            assertThat(listener.states.getLast().kind()).isEqualTo(AlertFeedState.Kind.LIVE);
            assertThat(source.version()).isNotBlank();
        }
    }

    @Test
    void silencingHidesTheAlertAndExpiringTheSilenceBringsItBack() throws Exception {
        alertmanager.post(List.of(firing("silence", "CheckoutSlow", Map.of("service", "checkout", "severity", "warning"), Map.of())));
        try (AlertmanagerSource source = source("silence")) {
            RecordingListener listener = new RecordingListener();
            source.start(listener);
            Alert alert = listener.awaitSnapshot(WAIT, s -> s.size() == 1).getFirst();

            ActionOutcome silenced = source.perform(new AlertCommand(AlertAction.SILENCE, alert.id(), "ana",
                    "deploy in progress", Duration.ofMinutes(30)));
            assertThat(silenced.kind()).isEqualTo(ActionOutcome.Kind.DONE);
            Alert muted = listener.awaitSnapshot(WAIT, s -> s.size() == 1 && s.getFirst().status() == AlertStatus.SNOOZED).getFirst();
            assertThat(muted.silencedBy()).hasSize(1);
            AlertDetails details = source.details(alert.id());
            assertThat(details.timeline()).anySatisfy(e -> {
                assertThat(e.who()).isEqualTo("ana");
                assertThat(e.text()).contains("deploy in progress");
            });

            ActionOutcome expired = source.perform(new AlertCommand(AlertAction.EXPIRE_SILENCE, alert.id(), "ana", "", null));
            assertThat(expired.kind()).isEqualTo(ActionOutcome.Kind.DONE);
            Alert back = listener.awaitSnapshot(WAIT, s -> s.size() == 1 && s.getFirst().status() == AlertStatus.OPEN).getFirst();
            assertThat(back.silencedBy()).isEmpty();
        }
    }

    @Test
    void resolvedAlertsLeaveTheList() throws Exception {
        LocalAlertmanager.Posted a = firing("resolve", "QueueBacklog", Map.of("service", "notifications"), Map.of());
        LocalAlertmanager.Posted b = firing("resolve", "QueueStuck", Map.of("service", "notifications"), Map.of());
        alertmanager.post(List.of(a, b));
        try (AlertmanagerSource source = source("resolve")) {
            RecordingListener listener = new RecordingListener();
            source.start(listener);
            listener.awaitSnapshot(WAIT, s -> s.size() == 2);

            alertmanager.post(List.of(new LocalAlertmanager.Posted(a.labels(), a.annotations(), a.startsAt(), Instant.now().minusSeconds(1))));
            List<Alert> left = listener.awaitSnapshot(WAIT, s -> s.size() == 1);
            assertThat(left.getFirst().labels()).containsEntry("alertname", "QueueStuck");
        }
    }

    @Test
    void acknowledgingIsRefusedWithTheReasonBecauseAlertmanagerHasNoAcknowledgement() throws Exception {
        alertmanager.post(List.of(firing("ack", "Anything", Map.of(), Map.of())));
        try (AlertmanagerSource source = source("ack")) {
            RecordingListener listener = new RecordingListener();
            source.start(listener);
            Alert alert = listener.awaitSnapshot(WAIT, s -> s.size() == 1).getFirst();
            ActionOutcome outcome = source.perform(new AlertCommand(AlertAction.ACKNOWLEDGE, alert.id(), "ana", "", null));
            assertThat(outcome.kind()).isEqualTo(ActionOutcome.Kind.UNSUPPORTED);
            assertThat(outcome.message()).contains("silence");
            assertThat(source.actions()).containsExactlyInAnyOrder(AlertAction.SILENCE, AlertAction.EXPIRE_SILENCE);
        }
    }

    @Test
    void anAlertmanagerThatIsNotThereIsReportedUnreachableAndPolledLessOften() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (AlertmanagerSource source = new AlertmanagerSource(URI.create("http://127.0.0.1:" + port), null, null, timer, io,
                Clock.systemUTC(), Duration.ofMillis(100))) {
            RecordingListener listener = new RecordingListener();
            source.start(listener);
            AlertFeedState first = listener.awaitState(WAIT, s -> s.kind() == AlertFeedState.Kind.UNREACHABLE);
            assertThat(first.message()).contains("unreachable").contains("127.0.0.1:" + port).contains("connection refused");
            listener.awaitState(WAIT, s -> s.kind() == AlertFeedState.Kind.UNREACHABLE && s != first);
            List<AlertFeedState> failures = listener.states.stream().filter(s -> s.kind().failing()).toList();
            Duration firstWait = Duration.between(failures.get(0).at(), failures.get(0).nextPollAt());
            Duration secondWait = Duration.between(failures.get(1).at(), failures.get(1).nextPollAt());
            assertThat(secondWait).isGreaterThan(firstWait);
            assertThat(listener.snapshots).isEmpty();
        }
    }

    @Test
    void matchersSplitAtCommasOutsideQuotes() {
        assertThat(AlertmanagerSource.matchers("{team=\"pay,ments\", severity=~\"critical|high\"}"))
                .containsExactly("team=\"pay,ments\"", "severity=~\"critical|high\"");
        assertThat(AlertmanagerSource.matchers(null)).isEmpty();
    }
}
