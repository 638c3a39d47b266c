package dev.vigil.connectors.prometheus;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Tiles against the real Prometheus agree with what the test services generated. */
class PrometheusMetricsSourceTest {

    private static final double MIB = 1024 * 1024;
    private static PrometheusFixture fixture;
    private static PrometheusMetricsSource source;
    private static List<TileSpec> tiles;

    @BeforeAll
    static void startPrometheus() throws Exception {
        // svc-0: 40 req/s, two pods of 0.25 cores and 300 MiB; svc-1: 15 req/s, three pods of 0.1 cores and 100 MiB.
        // Every 8th request fails: 12.5 % errors.
        fixture = new PrometheusFixture(new int[]{40, 15}, 8, i -> i == 0
                ? new TestHttpService.Pods("svc-0", 2, 0.25, 1.0, 300 * MIB, 1024 * MIB)
                : new TestHttpService.Pods("svc-1", 3, 0.1, 0.5, 100 * MIB, 256 * MIB));
        source = new PrometheusMetricsSource(fixture.client());
        fixture.awaitHistory(12);
        // A 10 s rate window over 1 s scrapes: rate() is exact once it has a full window of history.
        tiles = PromQueryClient.await(source.tiles(PrometheusFixture.spec(0, Map.of("window", "10s",
                "uptime", "time() - max(process_start_time_seconds{service=\"{service}\"})", "uptime.unit", "s"))));
    }

    @AfterAll
    static void stopPrometheus() throws Exception {
        fixture.close();
    }

    private static TileSpec tile(String key) {
        return tiles.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private static double now(String key) {
        TileReading reading = PromQueryClient.await(source.read(tile(key), Instant.now(), Duration.ofMinutes(1), Duration.ofSeconds(1)));
        assertThat(reading.hasValue()).as(key + " has a value").isTrue();
        return reading.value();
    }

    @Test
    void detectsPlainNamesWithTheStatusLabel() {
        assertThat(tile("errors_per_minute").query()).contains("http_requests_total").contains("status=~\"5..\"");
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
    void containerTilesAddUpTheServicesPodsInCadvisor() {
        assertThat(now("cpu_cores")).isCloseTo(2 * 0.25, within(0.05));
        assertThat(now("cpu_of_limit")).isCloseTo(0.25, within(0.025)); // 0.25 cores of a 1-core limit per pod
        assertThat(now("memory_working_set")).isEqualTo(2 * 300 * MIB);
        assertThat(now("memory_of_limit")).isCloseTo(300.0 / 1024, within(1e-9));
    }

    @Test
    void customTileWithFreePromQlReadsTheServicesProcessMetrics() {
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0; // the test services run in this JVM

        assertThat(tile("uptime").unit()).isEqualTo(MetricUnit.SECONDS);
        assertThat(now("uptime")).isCloseTo(uptime, within(3.0));
    }

    @Test
    void oneQueryPerMetricAnswersEveryServiceWithItsOwnFigures() {
        AtomicInteger requests = new AtomicInteger();
        PrometheusMetricsSource counted = new PrometheusMetricsSource(new PromQueryClient(fixture.prometheus().url(), null,
                PromClientSettings.DEFAULTS, (endpoint, nanos, failure) -> requests.incrementAndGet()));
        List<TileSpec> both = new ArrayList<>();
        both.addAll(PromQueryClient.await(counted.tiles(PrometheusFixture.spec(0, Map.of("window", "10s")))).stream().filter(TileSpec::compact).toList());
        both.addAll(PromQueryClient.await(counted.tiles(PrometheusFixture.spec(1, Map.of("window", "10s")))).stream().filter(TileSpec::compact).toList());
        requests.set(0); // the convention detection asked too
        Instant at = Instant.now();

        Map<String, CompletableFuture<TileReading>> shared = counted.readAll(both, at, Duration.ofMinutes(1), Duration.ofSeconds(5));
        Map<String, TileReading> answers = new java.util.LinkedHashMap<>();
        shared.forEach((id, f) -> answers.put(id, PromQueryClient.await(f)));

        assertThat(requests.get()).isEqualTo(6); // 12 tiles, 6 metrics
        assertThat(counted.queriesFor(both)).hasSize(6).allMatch(q -> q.contains("svc-0|svc-1") || q.contains("svc-1|svc-0"));
        for (TileSpec t : both) {
            TileReading alone = PromQueryClient.await(counted.read(t, at, Duration.ofMinutes(1), Duration.ofSeconds(5)));
            assertThat(answers.get(t.id()).value()).as(t.id()).isCloseTo(alone.value(), within(Math.abs(alone.value()) * 1e-9));
            assertThat(answers.get(t.id()).values()).as(t.id() + " history").hasSameSizeAs(alone.values());
        }
        assertThat(answers.get("svc-0/cpu_cores").value()).isCloseTo(0.5, within(0.05));
        assertThat(answers.get("svc-1/cpu_cores").value()).isCloseTo(0.3, within(0.03));
        assertThat(answers.get("svc-1/memory_working_set").value()).isEqualTo(3 * 100 * MIB);
        assertThat(answers.get("svc-1/requests_per_minute").value()).isCloseTo(15 * 60, within(15 * 60 * 0.1));
    }

    @Test
    void chartBreaksTheTileDownByInstance() {
        Instant end = Instant.now();

        List<Series> lines = PromQueryClient.await(source.chart(tile("requests_per_minute"), end.minusSeconds(30), end, Duration.ofSeconds(5)));

        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().displayName()).isEqualTo(fixture.service(0).address());
    }

    @Test
    void chartOfAContainerTileHasOneLinePerPod() {
        Instant end = Instant.now();

        List<Series> lines = PromQueryClient.await(source.chart(tile("memory_working_set"), end.minusSeconds(30), end, Duration.ofSeconds(5)));

        assertThat(lines).extracting(Series::displayName).containsExactlyInAnyOrder("svc-0-0", "svc-0-1");
    }

    @Test
    void valueOneMinuteAgoIsKnownOnceThereIsThatMuchHistory() {
        double earlier = PromQueryClient.await(source.valueAt(tile("requests_per_minute"), Instant.now().minusSeconds(3)));

        assertThat(earlier).isGreaterThan(0);
    }
}
