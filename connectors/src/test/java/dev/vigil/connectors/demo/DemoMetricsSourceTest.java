package dev.vigil.connectors.demo;

import dev.vigil.connectors.prometheus.Series;
import dev.vigil.connectors.prometheus.TileReading;
import dev.vigil.connectors.prometheus.TileSpec;
import dev.vigil.environments.Environment;
import dev.vigil.environments.ServiceSpec;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DemoMetricsSourceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T14:00:00Z");
    private final DemoFleet fleet = new DemoFleet(DemoFleet.DEFAULT_SEED, NOW);
    private final DemoMetricsSource source = new DemoMetricsSource(fleet);

    private TileSpec tile(String service, String key) {
        return source.tiles(ServiceSpec.named(service, null)).join().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void everyDemoServiceHasTheBuiltInTilesWithTheOverviewOnesMarkedCompact() {
        for (ServiceSpec s : Environment.builtInDemo().services()) {
            List<TileSpec> tiles = source.tiles(s).join();
            assertThat(tiles).extracting(TileSpec::key).contains("requests_per_minute", "latency_p95", "error_ratio", "cpu_cores");
            assertThat(tiles.stream().filter(TileSpec::compact)).hasSize(6);
        }
    }

    @Test
    void tileValuesAgreeWithTheFleetsTraffic() {
        TileReading rpm = source.read(tile("checkout", "requests_per_minute"), NOW, Duration.ofMinutes(10), Duration.ofSeconds(30)).join();
        assertThat(rpm.value()).isEqualTo(fleet.requestsPerMinute("checkout", NOW));
        assertThat(rpm.values()).hasSize(21);
        assertThat(rpm.times()[rpm.times().length - 1]).isEqualTo(NOW.toEpochMilli());
        double p95 = source.valueAt(tile("payments", "latency_p95"), NOW).join();
        assertThat(p95).isEqualTo(fleet.latencyMs("payments", 0.95, NOW) / 1000);
    }

    @Test
    void thePerPodChartAddsUpToTheServiceForAdditiveFigures() {
        TileSpec cpu = tile("search", "cpu_cores");
        List<Series> pods = source.chart(cpu, NOW.minusSeconds(600), NOW, Duration.ofMinutes(1)).join();
        assertThat(pods).hasSize(fleet.pods("search").size());
        double sum = pods.stream().mapToDouble(Series::lastValue).sum();
        assertThat(sum).isCloseTo(source.valueAt(cpu, NOW).join(), within(1e-9));
    }

    @Test
    void servicesDoNotWobbleInStep() {
        TileSpec a = tile("checkout", "error_ratio");
        TileSpec b = tile("payments", "error_ratio");
        double[] x = source.read(a, NOW, Duration.ofMinutes(30), Duration.ofMinutes(1)).join().values();
        double[] y = source.read(b, NOW, Duration.ofMinutes(30), Duration.ofMinutes(1)).join().values();
        double[] ratio = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            ratio[i] = x[i] / y[i];
        }
        assertThat(java.util.Arrays.stream(ratio).distinct().count()).isGreaterThan(10);
    }
}
