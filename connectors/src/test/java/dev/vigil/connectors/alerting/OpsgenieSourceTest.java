package dev.vigil.connectors.alerting;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The Opsgenie REST v2 connector against a local WireMock answering with the documented shapes. */
class OpsgenieSourceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String KEY = "GenieKey eb243592-faa2-4ba2-a551q-1afdf565c889";
    // WireMock's own extension starts it on 127.0.0.1 before the tests and stops it after, whatever happens.
    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();
    private static final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private static final ExecutorService io = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stopExecutors() {
        timer.shutdownNow();
        io.shutdownNow();
    }

    @AfterEach
    void reset() {
        server.resetAll();
    }

    private static OpsgenieSource source(Duration period) {
        return new OpsgenieSource(OpsgenieApi.OPSGENIE, URI.create(server.baseUrl()), KEY, "teams:payments", timer, io,
                Clock.systemUTC(), period);
    }

    private static void stubEmptyClosed() {
        server.stubFor(get(urlPathEqualTo("/v2/alerts")).withQueryParam("query", equalTo("(teams:payments) AND status:closed"))
                .willReturn(aResponse().withStatus(200).withBody(OpsgenieStub.opsgenieList(null))));
    }

    @Test
    void listsOpenAlertsPageByPageAndRecentlyClosedOnesWithTheGenieKey() throws Exception {
        server.stubFor(get(urlPathEqualTo("/v2/alerts")).withQueryParam("query", equalTo("(teams:payments) AND status:open"))
                .withQueryParam("offset", equalTo("0")).withHeader("Authorization", equalTo(KEY))
                .willReturn(aResponse().withStatus(200).withBody(OpsgenieStub.opsgenieList("next-page",
                        OpsgenieStub.alert("a1", "Payments API 5xx above 2%", "P1", false, "open", "\"service:payments\",\"prod\"")))));
        server.stubFor(get(urlPathEqualTo("/v2/alerts")).withQueryParam("query", equalTo("(teams:payments) AND status:open"))
                .withQueryParam("offset", equalTo("100"))
                .willReturn(aResponse().withStatus(200).withBody(OpsgenieStub.opsgenieList(null,
                        OpsgenieStub.alert("a2", "Ledger lag", "P3", true, "open", "\"ledger\"")))));
        server.stubFor(get(urlPathEqualTo("/v2/alerts")).withQueryParam("query", equalTo("(teams:payments) AND status:closed"))
                .willReturn(aResponse().withStatus(200).withBody(OpsgenieStub.opsgenieList(null,
                        OpsgenieStub.alert("a3", "Card BIN lookup slow", "P4", false, "closed", "")))));
        try (OpsgenieSource source = source(Duration.ofSeconds(30))) {
            RecordingListener listener = new RecordingListener();
            source.start(listener);
            List<Alert> alerts = listener.awaitSnapshot(WAIT, s -> s.size() == 3);

            assertThat(alerts).extracting(Alert::id).containsExactly("a1", "a2", "a3");
            Alert first = alerts.getFirst();
            assertThat(first.title()).isEqualTo("Payments API 5xx above 2%");
            assertThat(first.priority()).isEqualTo(AlertPriority.P1);
            assertThat(first.status()).isEqualTo(AlertStatus.OPEN);
            assertThat(first.service()).isEqualTo("payments");
            assertThat(first.count()).isEqualTo(3);
            assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
            assertThat(first.lastOccurredAt()).isEqualTo(Instant.parse("2026-11-30T10:05:00Z"));
            assertThat(first.details()).containsEntry("integration", "Prometheus prod");
            assertThat(alerts.get(1).status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
            assertThat(alerts.get(1).acknowledgedBy()).isEqualTo("lee@example.com");
            assertThat(alerts.get(2).status()).isEqualTo(AlertStatus.CLOSED);
        }
    }

    @Test
    void acknowledgingFollowsTheQueuedRequestUntilOpsgenieProcessedIt() {
        server.stubFor(post(urlPathEqualTo("/v2/alerts/a1/acknowledge")).withQueryParam("identifierType", equalTo("id"))
                .willReturn(aResponse().withStatus(202).withBody(OpsgenieStub.accepted("req-1"))));
        server.stubFor(get(urlPathEqualTo("/v2/alerts/requests/req-1")).inScenario("queue").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(404).withBody(OpsgenieStub.error("Request not found")))
                .willSetStateTo("processed"));
        server.stubFor(get(urlPathEqualTo("/v2/alerts/requests/req-1")).inScenario("queue").whenScenarioStateIs("processed")
                .willReturn(aResponse().withStatus(200).withBody(OpsgenieStub.opsgenieRequestStatus(true, "Acknowledge", "Acknowledged alert"))));
        try (OpsgenieSource source = source(Duration.ofMinutes(5))) {
            ActionOutcome outcome = source.perform(new AlertCommand(AlertAction.ACKNOWLEDGE, "a1", "ana", "on it", null));

            assertThat(outcome.kind()).isEqualTo(ActionOutcome.Kind.DONE);
            assertThat(outcome.message()).isEqualTo("Acknowledged alert");
            server.verify(postRequestedFor(urlPathEqualTo("/v2/alerts/a1/acknowledge"))
                    .withHeader("Authorization", equalTo(KEY))
                    .withRequestBody(equalToJson("{\"user\":\"ana\",\"source\":\"Vigil\",\"note\":\"on it\"}")));
            server.verify(2, getRequestedFor(urlPathEqualTo("/v2/alerts/requests/req-1")));
        }
    }

    @Test
    void aRequestOpsgenieProcessedButRefusedComesBackWithItsReason() {
        server.stubFor(post(urlPathEqualTo("/v2/alerts/a1/close"))
                .willReturn(aResponse().withStatus(202).withBody(OpsgenieStub.accepted("req-2"))));
        server.stubFor(get(urlPathEqualTo("/v2/alerts/requests/req-2"))
                .willReturn(aResponse().withStatus(200).withBody(OpsgenieStub.opsgenieRequestStatus(false, "Close",
                        "Alert is already closed"))));
        try (OpsgenieSource source = source(Duration.ofMinutes(5))) {
            ActionOutcome outcome = source.perform(new AlertCommand(AlertAction.CLOSE, "a1", "ana", "", null));
            assertThat(outcome.kind()).isEqualTo(ActionOutcome.Kind.INVALID);
            assertThat(outcome.message()).isEqualTo("Alert is already closed");
        }
    }

    @Test
    void forbiddenMissingAndInvalidActionsComeBackTypedWithTheServersMessage() {
        server.stubFor(post(urlPathEqualTo("/v2/alerts/a1/close"))
                .willReturn(aResponse().withStatus(403).withBody(OpsgenieStub.error("You are not authorized to close this alert"))));
        server.stubFor(post(urlPathEqualTo("/v2/alerts/gone/acknowledge"))
                .willReturn(aResponse().withStatus(404).withBody(OpsgenieStub.error("Alert with id [gone] does not exist"))));
        server.stubFor(post(urlPathEqualTo("/v2/alerts/a1/snooze"))
                .willReturn(aResponse().withStatus(422).withBody(OpsgenieStub.error("endTime must be in the future"))));
        try (OpsgenieSource source = source(Duration.ofMinutes(5))) {
            ActionOutcome forbidden = source.perform(new AlertCommand(AlertAction.CLOSE, "a1", "ana", "", null));
            ActionOutcome missing = source.perform(new AlertCommand(AlertAction.ACKNOWLEDGE, "gone", "ana", "", null));
            ActionOutcome invalid = source.perform(new AlertCommand(AlertAction.SNOOZE, "a1", "ana", "", Duration.ofHours(1)));

            assertThat(forbidden.kind()).isEqualTo(ActionOutcome.Kind.FORBIDDEN);
            assertThat(forbidden.httpStatus()).isEqualTo(403);
            assertThat(forbidden.message()).contains("You are not authorized to close this alert");
            assertThat(missing.kind()).isEqualTo(ActionOutcome.Kind.NOT_FOUND);
            assertThat(missing.message()).contains("does not exist");
            assertThat(invalid.kind()).isEqualTo(ActionOutcome.Kind.INVALID);
            assertThat(invalid.httpStatus()).isEqualTo(422);
        }
    }

    @Test
    void aRateLimitedPollWaitsAtLeastWhatRetryAfterSays() throws Exception {
        server.stubFor(get(urlPathEqualTo("/v2/alerts"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7").withBody(OpsgenieStub.error("Too many requests"))));
        try (OpsgenieSource source = source(Duration.ofMillis(100))) {
            RecordingListener listener = new RecordingListener();
            source.start(listener);
            AlertFeedState limited = listener.awaitState(WAIT, s -> s.kind() == AlertFeedState.Kind.RATE_LIMITED);
            assertThat(Duration.between(limited.at(), limited.nextPollAt())).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
            assertThat(limited.message()).contains("retry in 7 s");
            Thread.sleep(500);
            server.verify(1, getRequestedFor(urlPathEqualTo("/v2/alerts")));
        }
    }

    @Test
    void aWrongKeyAndAFailingServerShowAsTheFeedsState() throws Exception {
        server.stubFor(get(urlPathEqualTo("/v2/alerts"))
                .willReturn(aResponse().withStatus(401).withBody(OpsgenieStub.error("Could not authenticate"))));
        try (OpsgenieSource source = source(Duration.ofMinutes(5))) {
            RecordingListener listener = new RecordingListener();
            source.start(listener);
            AlertFeedState state = listener.awaitState(WAIT, s -> s.kind() == AlertFeedState.Kind.UNAUTHORIZED);
            assertThat(state.message()).contains("Could not authenticate").contains("401");
        }
        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/v2/alerts"))
                .willReturn(aResponse().withStatus(503).withBody("upstream connect error")));
        try (OpsgenieSource source = source(Duration.ofMinutes(5))) {
            RecordingListener listener = new RecordingListener();
            source.start(listener);
            AlertFeedState state = listener.awaitState(WAIT, s -> s.kind() == AlertFeedState.Kind.FAILING);
            assertThat(state.message()).contains("server error (HTTP 503)").contains("upstream connect error");
        }
    }

    @Test
    void detailsCarryTheDescriptionDetailsNotesAndActivityLog() throws Exception {
        stubEmptyClosed();
        server.stubFor(get(urlPathEqualTo("/v2/alerts/a1")).willReturn(aResponse().withStatus(200).withBody("""
                {"data":{"id":"a1","message":"Payments API 5xx above 2%","status":"open","acknowledged":false,"priority":"P2",
                 "createdAt":"2026-11-30T10:00:00Z","description":"5xx ratio 3.1% over 5m","entity":"payments-api",
                 "details":{"service":"payments","runbook":"https://runbooks.example.com/payments-5xx"},"tags":[]},
                 "took":0.01,"requestId":"x"}""")));
        server.stubFor(get(urlPathEqualTo("/v2/alerts/a1/notes")).willReturn(aResponse().withStatus(200).withBody("""
                {"data":[{"note":"rolled back 4.17.2","owner":"lee@example.com","createdAt":"2026-11-30T10:09:00Z","offset":"2"}],
                 "paging":{},"took":0.01,"requestId":"y"}""")));
        server.stubFor(get(urlPathEqualTo("/v2/alerts/a1/logs")).willReturn(aResponse().withStatus(200).withBody("""
                {"data":[{"log":"Alert acknowledged via Web","type":"system","owner":"lee@example.com","createdAt":"2026-11-30T10:03:00Z","offset":"3"},
                         {"log":"Alert created via Prometheus","type":"system","owner":"System","createdAt":"2026-11-30T10:00:00Z","offset":"1"}],
                 "paging":{},"took":0.01,"requestId":"z"}""")));
        try (OpsgenieSource source = source(Duration.ofMinutes(5))) {
            AlertDetails details = source.details("a1");
            assertThat(details.alert().description()).isEqualTo("5xx ratio 3.1% over 5m");
            assertThat(details.alert().service()).isEqualTo("payments");
            assertThat(details.alert().links()).containsExactly(new AlertLink("Runbook", "https://runbooks.example.com/payments-5xx"));
            assertThat(details.notes()).extracting(AlertEntry::text).containsExactly("rolled back 4.17.2");
            assertThat(details.timeline()).extracting(AlertEntry::text)
                    .containsExactly("Alert created via Prometheus", "Alert acknowledged via Web");
        }
    }
}
