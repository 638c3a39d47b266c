package dev.vigil.connectors.prometheus;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against the real Prometheus scraping one test service. */
class PromQueryClientTest {

    private static PrometheusFixture fixture;
    private static PromQueryClient client;

    @BeforeAll
    static void startPrometheus() throws Exception {
        fixture = new PrometheusFixture(1, 20, 10);
        client = fixture.client();
        fixture.awaitHistory(3);
    }

    @AfterAll
    static void stopPrometheus() throws Exception {
        fixture.close();
    }

    @Test
    void instantQueryReturnsOneSampleForEachSeriesWithItsLabels() {
        List<Series> up = PromQueryClient.await(client.instant("up", Instant.now()));

        assertThat(up).hasSize(1);
        assertThat(up.getFirst().labels()).containsEntry("service", "svc-0").containsEntry("namespace", "test");
        assertThat(up.getFirst().lastValue()).isEqualTo(1.0);
    }

    @Test
    void rangeQueryReturnsOnePointPerStepEndingAtTheEnd() {
        Instant end = Instant.now();
        List<Series> series = PromQueryClient.await(client.range("up", end.minusSeconds(2), end, Duration.ofSeconds(1)));

        assertThat(series).hasSize(1);
        assertThat(series.getFirst().size()).isBetween(2, 3);
        assertThat(series.getFirst().lastTime()).isEqualTo(end.toEpochMilli());
    }

    @Test
    void labelValuesListTheStatusCodesTheServiceReported() {
        List<String> statuses = PromQueryClient.await(client.labelValues("status", List.of("http_requests_total")));

        assertThat(statuses).containsExactlyInAnyOrder("200", "500");
    }

    @Test
    void badPromQlFailsAsBadDataWithTheServersParseError() {
        assertThatThrownBy(() -> PromQueryClient.await(client.instant("sum(rate(http_requests_total[1m]", Instant.now())))
                .isInstanceOfSatisfying(PromQueryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PromQueryException.Kind.BAD_DATA);
                    assertThat(e.getMessage()).contains("parse error");
                    assertThat(e.queryAtFault()).isTrue();
                });
    }

    @Test
    void nothingListeningFailsAsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PromQueryClient nowhere = new PromQueryClient(URI.create("http://127.0.0.1:" + port), null, PromClientSettings.DEFAULTS);

        assertThatThrownBy(() -> PromQueryClient.await(nowhere.instant("up", Instant.now())))
                .isInstanceOfSatisfying(PromQueryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PromQueryException.Kind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("127.0.0.1:" + port);
                });
    }

    @Test
    void listenerHearsEveryRequestWithItsOutcome() {
        List<PromQueryException.Kind> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
        PromQueryClient observed = new PromQueryClient(fixture.prometheus().url(), null, PromClientSettings.DEFAULTS,
                (endpoint, nanos, failure) -> outcomes.add(failure));

        PromQueryClient.await(observed.instant("up", Instant.now()));
        assertThatThrownBy(() -> PromQueryClient.await(observed.instant("up{", Instant.now())));

        assertThat(outcomes).containsExactly(null, PromQueryException.Kind.BAD_DATA);
    }
}
