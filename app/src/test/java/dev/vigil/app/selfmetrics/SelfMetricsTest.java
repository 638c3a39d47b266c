package dev.vigil.app.selfmetrics;

import dev.vigil.connectors.prometheus.PromQueryException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SelfMetricsTest {

    private static String scrape(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void connectorRequestsAreServedByEndpointAndOutcome() throws Exception {
        try (SelfMetrics metrics = SelfMetrics.start(0)) {
            metrics.prometheusListener().finished("query_range", 40_000_000, null);
            metrics.prometheusListener().finished("query", 5_000_000, PromQueryException.Kind.BAD_DATA);

            String text = scrape(metrics.port());

            assertThat(text).contains("vigil_connector_request_seconds_count{connector=\"prometheus\",endpoint=\"query_range\",outcome=\"ok\"} 1");
            assertThat(text).contains("vigil_connector_request_seconds_count{connector=\"prometheus\",endpoint=\"query\",outcome=\"bad_data\"} 1");
            assertThat(text).contains("vigil_fx_pulse_seconds");
        }
    }

    @Test
    void storeOperationsAreServedByOperationKindAndOutcome() throws Exception {
        try (SelfMetrics metrics = SelfMetrics.start(0)) {
            metrics.storeListener().finished("declare", true, 3_000_000, false);
            metrics.storeListener().finished("timeline", false, 1_000_000, true);

            String text = scrape(metrics.port());

            assertThat(text).contains("vigil_store_operation_seconds_count{kind=\"write\",operation=\"declare\",outcome=\"ok\"} 1");
            assertThat(text).contains("vigil_store_operation_seconds_count{kind=\"read\",operation=\"timeline\",outcome=\"error\"} 1");
            assertThat(text).contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void nothingIsServedUnlessThePortIsSet() {
        assertThat(SelfMetrics.fromEnvironment(Map.of())).isEmpty();
        assertThat(SelfMetrics.fromEnvironment(Map.of(SelfMetrics.PORT_VARIABLE, "not-a-port"))).isEmpty();
    }

    @Test
    void portFromTheEnvironmentIsServedOnLoopback() throws Exception {
        int port;
        try (var probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (SelfMetrics metrics = SelfMetrics.fromEnvironment(Map.of(SelfMetrics.PORT_VARIABLE, String.valueOf(port))).orElseThrow()) {
            assertThat(metrics.port()).isEqualTo(port);
            assertThat(scrape(port)).contains("# HELP vigil_fx_pulse_seconds");
        }
    }
}
