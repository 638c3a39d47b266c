package dev.vigil.sandbox;

import dev.vigil.connectors.ManualClock;
import dev.vigil.connectors.demo.DemoFleet;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FleetExporterTest {

    private static final Instant T0 = Instant.parse("2026-11-22T14:00:00Z");

    private static String scrape(String address) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + address + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }

    private static double sum(String exposition, String regex) {
        Matcher m = Pattern.compile("(?m)^" + regex + " ([0-9.eE+-]+)$").matcher(exposition);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }

    @Test
    void eachServiceServesItsRequestsAndContainersAtTheFleetsRates() throws Exception {
        DemoFleet fleet = new DemoFleet(DemoFleet.DEFAULT_SEED, T0);
        ManualClock clock = new ManualClock(T0);
        try (FleetExporter exporter = new FleetExporter(fleet, clock)) {
            // Two minutes: long enough for every pod's share of payments' 0.1 % errors to add up to whole requests.
            for (int i = 0; i < 120; i++) {
                clock.advance(Duration.ofSeconds(1));
                exporter.step();
            }
            String payments = scrape(exporter.addresses().get("payments"));
            int replicas = fleet.pods("payments").size();

            double expected = 0;
            for (int i = 1; i <= 120; i++) {
                expected += fleet.requestsPerMinute("payments", T0.plusSeconds(i)) / 60;
            }
            assertThat(sum(payments, "http_requests_total\\{[^}]*service=\"payments\"[^}]*\\}"))
                    .isCloseTo(expected, within(expected * 0.01 + 6));
            assertThat(sum(payments, "http_requests_total\\{[^}]*code=\"500\"[^}]*\\}")).isGreaterThan(0);
            assertThat(sum(payments, "container_memory_working_set_bytes\\{[^}]*\\}")).isGreaterThan(replicas * 500 * 1024 * 1024.0);
            assertThat(payments).contains("container_spec_memory_limit_bytes{container=\"payments\",namespace=\"payments\"");
            assertThat(sum(payments, "http_request_duration_seconds_count\\{[^}]*\\}")).isEqualTo(replicas * 25 * 120);
            assertThat(exporter.addresses()).hasSize(6);
        }
    }
}
