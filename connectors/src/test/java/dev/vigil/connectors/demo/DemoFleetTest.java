package dev.vigil.connectors.demo;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoFleetTest {

    private static final Instant START = Instant.parse("2026-11-22T09:00:00Z");
    private final DemoFleet fleet = new DemoFleet(DemoFleet.DEFAULT_SEED, START);

    @Test
    void theCompanyHasSixServicesInSeveralNamespacesAndAboutFortyPods() {
        assertThat(fleet.services()).extracting(DemoService::name)
                .containsExactly("gateway", "checkout", "payments", "search", "accounts", "notifications");
        assertThat(fleet.services().stream().map(DemoService::namespace).distinct().count()).isBetween(3L, 5L);
        assertThat(fleet.pods()).hasSizeBetween(30, 45);
        assertThat(fleet.pods()).extracting(DemoPod::key).doesNotHaveDuplicates();
        assertThat(fleet.pods("accounts")).extracting(DemoPod::name).containsExactly("accounts-0", "accounts-1", "accounts-2");
    }

    @Test
    void theSameSeedGivesTheSameFleetAndAnotherSeedAnother() {
        DemoFleet again = new DemoFleet(DemoFleet.DEFAULT_SEED, START);
        DemoFleet other = new DemoFleet(7, START);
        assertThat(again.pods()).isEqualTo(fleet.pods());
        assertThat(other.pods()).isNotEqualTo(fleet.pods());
        assertThat(again.requestsPerMinute("checkout", START)).isEqualTo(fleet.requestsPerMinute("checkout", START));
    }

    @Test
    void trafficPeaksInTheAfternoonAndIsQuietAtNight() {
        double peak = fleet.requestsPerMinute("gateway", Instant.parse("2026-11-22T14:00:00Z"));
        double night = fleet.requestsPerMinute("gateway", Instant.parse("2026-11-22T03:00:00Z"));
        assertThat(peak).isGreaterThan(3 * night);
        assertThat(peak).isBetween(40_000.0, 44_000.0);
    }

    @Test
    void cpuFollowsTrafficAndLatencyQuantilesAreOrdered() {
        Instant busy = Instant.parse("2026-11-22T14:00:00Z");
        Instant quiet = Instant.parse("2026-11-22T03:00:00Z");
        assertThat(fleet.cpuCores("payments", busy)).isGreaterThan(fleet.cpuCores("payments", quiet));
        assertThat(fleet.latencyMs("payments", 0.5, busy)).isLessThan(fleet.latencyMs("payments", 0.95, busy));
        assertThat(fleet.latencyMs("payments", 0.95, busy)).isLessThan(fleet.latencyMs("payments", 0.99, busy));
        assertThat(fleet.errorRatio("checkout", busy)).isBetween(0.0, 0.01);
    }

    @Test
    void aTraceIdCrossesGatewayCheckoutAndPaymentsInCausalOrder() {
        List<DemoLogLine> lines = new DemoLogs(fleet).between(START, START.plusSeconds(30), Duration.ofMillis(250));
        Map<String, List<DemoLogLine>> byTrace = new LinkedHashMap<>();
        for (DemoLogLine l : lines) {
            byTrace.computeIfAbsent(l.traceId(), k -> new ArrayList<>()).add(l);
        }
        List<List<DemoLogLine>> throughPayments = byTrace.values().stream()
                .filter(t -> t.stream().anyMatch(l -> l.service().equals("payments"))).toList();
        assertThat(throughPayments).isNotEmpty();
        for (List<DemoLogLine> trace : throughPayments) {
            Instant gateway = first(trace, "gateway");
            Instant checkout = first(trace, "checkout");
            Instant payments = first(trace, "payments");
            assertThat(gateway).isBefore(checkout);
            assertThat(checkout).isBefore(payments);
            assertThat(trace).extracting(DemoLogLine::clientId).containsOnly(trace.getFirst().clientId());
        }
    }

    @Test
    void logsOfTheSameWindowAreTheSameEveryTime() {
        List<DemoLogLine> a = new DemoLogs(fleet).between(START, START.plusSeconds(5), Duration.ofMillis(500));
        List<DemoLogLine> b = new DemoLogs(new DemoFleet(DemoFleet.DEFAULT_SEED, START)).between(START, START.plusSeconds(5), Duration.ofMillis(500));
        assertThat(a).isEqualTo(b);
        assertThat(a.getFirst().text()).startsWith("2026-11-22T09:00:00Z INFO service=gateway trace_id=");
    }

    private static Instant first(List<DemoLogLine> trace, String service) {
        return trace.stream().filter(l -> l.service().equals(service)).map(DemoLogLine::at).min(Instant::compareTo).orElseThrow();
    }
}
