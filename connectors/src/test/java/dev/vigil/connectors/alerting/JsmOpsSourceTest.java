package dev.vigil.connectors.alerting;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.vigil.connectors.credentials.Credential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The JSM Ops dialect (under /jsm/ops/api/{cloudId}) against a local WireMock with the documented shapes. */
class JsmOpsSourceTest {

    private static final String CLOUD = "/jsm/ops/api/6f3b2c1e-cloud";
    private static final String AUTH = new Credential.Basic("ana@example.com", "api-token").authorizationHeader();
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

    private static OpsgenieSource source() {
        return new OpsgenieSource(OpsgenieApi.JSM, URI.create(server.baseUrl() + CLOUD), AUTH, null, timer, io,
                Clock.systemUTC(), Duration.ofMinutes(5));
    }

    @Test
    void listsAlertsFromValuesPageByPageWithBasicAuth() throws Exception {
        server.stubFor(get(urlPathEqualTo(CLOUD + "/v1/alerts")).withQueryParam("query", equalTo("status:open"))
                .withQueryParam("offset", equalTo("0")).withQueryParam("size", equalTo("100"))
                .withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(OpsgenieStub.jsmList(CLOUD + "/v1/alerts?offset=100",
                        OpsgenieStub.alert("j1", "Checkout p99 above 2s", "P2", false, "open", "\"service:checkout\"")))));
        server.stubFor(get(urlPathEqualTo(CLOUD + "/v1/alerts")).withQueryParam("query", equalTo("status:open"))
                .withQueryParam("offset", equalTo("100"))
                .willReturn(aResponse().withStatus(200).withBody(OpsgenieStub.jsmList(null,
                        OpsgenieStub.alert("j2", "Search index lag", "P4", true, "open", "")))));
        server.stubFor(get(urlPathEqualTo(CLOUD + "/v1/alerts")).withQueryParam("query", equalTo("status:closed"))
                .willReturn(aResponse().withStatus(200).withBody(OpsgenieStub.jsmList(null))));
        try (OpsgenieSource source = source()) {
            RecordingListener listener = new RecordingListener();
            source.start(listener);
            List<Alert> alerts = listener.awaitSnapshot(Duration.ofSeconds(10), s -> s.size() == 2);
            assertThat(alerts.getFirst().service()).isEqualTo("checkout");
            assertThat(alerts.getFirst().priority()).isEqualTo(AlertPriority.P2);
            assertThat(alerts.get(1).status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
            assertThat(source.name()).startsWith("JSM Ops at ");
        }
    }

    @Test
    void addingANoteIsFollowedAtJsmsRequestEndpoint() {
        server.stubFor(post(urlPathEqualTo(CLOUD + "/v1/alerts/j1/notes"))
                .willReturn(aResponse().withStatus(202).withBody(OpsgenieStub.accepted("jreq-1"))));
        server.stubFor(get(urlPathEqualTo(CLOUD + "/v1/alerts/requests/jreq-1"))
                .willReturn(aResponse().withStatus(200).withBody(OpsgenieStub.jsmRequestStatus(true, "AddNote", "Added note"))));
        try (OpsgenieSource source = source()) {
            ActionOutcome outcome = source.perform(new AlertCommand(AlertAction.ADD_NOTE, "j1", "ana", "paged payments", null));
            assertThat(outcome.kind()).isEqualTo(ActionOutcome.Kind.DONE);
            assertThat(outcome.message()).isEqualTo("Added note");
            server.verify(postRequestedFor(urlPathEqualTo(CLOUD + "/v1/alerts/j1/notes")).withHeader("Authorization", equalTo(AUTH)));
        }
    }

    @Test
    void aRequestStillQueuedAfterTheBoundedWaitIsReportedAccepted() {
        server.stubFor(post(urlPathEqualTo(CLOUD + "/v1/alerts/j1/acknowledge"))
                .willReturn(aResponse().withStatus(202).withBody(OpsgenieStub.accepted("jreq-2"))));
        server.stubFor(get(urlPathEqualTo(CLOUD + "/v1/alerts/requests/jreq-2"))
                .willReturn(aResponse().withStatus(404).withBody("{\"errors\":[{\"title\":\"Request not found\"}]}")));
        try (OpsgenieSource source = source()) {
            ActionOutcome outcome = source.perform(new AlertCommand(AlertAction.ACKNOWLEDGE, "j1", "ana", "", null));
            assertThat(outcome.kind()).isEqualTo(ActionOutcome.Kind.ACCEPTED);
            assertThat(outcome.succeeded()).isTrue();
            assertThat(outcome.message()).contains("still processing").contains("jreq-2");
        }
    }
}
