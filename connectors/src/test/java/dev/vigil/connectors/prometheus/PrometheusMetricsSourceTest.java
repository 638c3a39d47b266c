package dev.vigil.connectors.prometheus;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Tiles against the real Prometheus agree with what the test service generated. */
class PrometheusMetricsSourceTest {

    private static PrometheusFixture fixture;
    private static PrometheusMetricsSource source;
    private static List<TileSpec> tiles;

    @BeforeAll
    static void startPrometheus() throws Exception {
        fixture = new PrometheusFixture(1, 40, 8); // 40 req/s, every 8th fails: 12.5 % errors
        source = new PrometheusMetricsSource(fixture.client());
        fixture.awaitHistory(12);
        // A 10 s rate window over 1 s scrapes: rate() is exact once it has a full window of history.
        tiles = PromQueryClient.await(source.tiles(PrometheusFixture.spec(0, Map.of("window", "10s"))));
    }

    @AfterAll
    static void stopPrometheus() throws Exception {
        fixture.close();
    }

    private static double now(String key) {
        TileSpec tile = tiles.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
        TileReading reading = PromQueryClient.await(source.read(tile, Instant.now(), Duration.ofMinutes(1), Duration.ofSeconds(1)));
        assertThat(reading.hasValue()).as(key + " has a value").isTrue();
        return reading.value();
    }

    @Test
    void detectsPlainNamesWithTheStatusLabel() {
        TileSpec errors = tiles.stream().filter(t -> t.key().equals("errors_per_minute")).findFirst().orElseThrow();

        assertThat(errors.query()).contains("http_requests_total").contains("status=~\"5..\"");
    }

    @Test
    void requestsPerMinuteMatchTheGeneratedRate() throws Exception {
        long before = fixture.service(0).served();
        long t0 = System.nanoTime();
        Thread.sleep(5_000);
        double generatedPerMinute = (fixture.service(0).served() - before) / ((System.nanoTime() - t0) / 1e9) * 60;

        // rate() over a full window of 1 s scrapes: within 10 % of the truth.
        assertThat(now("requests_per_minute")).isCloseTo(generatedPerMinute, within(generatedPerMinute * 0.10));
    }

    @Test
    void errorRatioAndErrorsPerMinuteMatchTheFailedShare() {
        double ratio = (double) fixture.service(0).failed() / fixture.service(0).served();

        assertThat(now("error_ratio")).isCloseTo(ratio, within(0.02));
        assertThat(now("errors_per_minute") / now("requests_per_minute")).isCloseTo(ratio, within(0.02));
    }

    @Test
    void latencyFiguresMatchTheObservedDurations() {
        double average = 0.9 * TestHttpService.FAST + 0.1 * TestHttpService.SLOW;

        assertThat(now("latency_avg")).isCloseTo(average, within(average * 0.10));
        // One request in ten takes 0.4 s: p95 and p99 fall inside the histogram's (0.25, 0.5] bucket.
        assertThat(now("latency_p95")).isBetween(0.25, 0.5);
        assertThat(now("latency_p99")).isBetween(0.25, 0.5);
    }

    @Test
    void containerTilesHaveNoDataWithoutCadvisor() {
        TileSpec cpu = tiles.stream().filter(t -> t.key().equals("cpu_cores")).findFirst().orElseThrow();

        TileReading reading = PromQueryClient.await(source.read(cpu, Instant.now(), Duration.ofMinutes(1), Duration.ofSeconds(1)));

        assertThat(reading.hasValue()).isFalse();
        assertThat(reading.seriesCount()).isZero();
    }

    @Test
    void chartBreaksTheTileDownByInstance() {
        TileSpec rpm = tiles.stream().filter(t -> t.key().equals("requests_per_minute")).findFirst().orElseThrow();
        Instant end = Instant.now();

        List<Series> lines = PromQueryClient.await(source.chart(rpm, end.minusSeconds(30), end, Duration.ofSeconds(5)));

        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().displayName()).isEqualTo(fixture.service(0).address());
    }

    @Test
    void valueOneMinuteAgoIsKnownOnceThereIsThatMuchHistory() {
        TileSpec rpm = tiles.stream().filter(t -> t.key().equals("requests_per_minute")).findFirst().orElseThrow();

        double earlier = PromQueryClient.await(source.valueAt(rpm, Instant.now().minusSeconds(3)));

        assertThat(earlier).isGreaterThan(0);
    }
}
