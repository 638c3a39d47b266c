package dev.vigil.connectors.prometheus;

import dev.vigil.environments.ServiceSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MetricTemplatesTest {

    private static ServiceSpec checkout(Map<String, String> metrics) {
        return new ServiceSpec("checkout", "shop", Map.of("app", "checkout"), metrics, null);
    }

    private static TileSpec tile(List<TileSpec> tiles, String key) {
        return tiles.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void plainRequestsSelectTheServiceInItsNamespace() {
        TileSpec rpm = tile(MetricTemplates.tiles(checkout(Map.of()), Convention.PLAIN, null), "requests_per_minute");

        assertThat(rpm.query()).isEqualTo("sum  (rate(http_requests_total{service=\"checkout\",namespace=\"shop\"}[1m])) * 60");
        assertThat(rpm.breakdown()).contains("sum by (pod, instance) (rate(");
        assertThat(rpm.unit()).isEqualTo(MetricUnit.REQUESTS_PER_MINUTE);
    }

    @Test
    void errorsUseTheDetectedStatusLabel() {
        TileSpec errors = tile(MetricTemplates.tiles(checkout(Map.of()), Convention.PLAIN, "status"), "error_ratio");

        assertThat(errors.query()).contains("status=~\"5..\"").doesNotContain("code=");
    }

    @Test
    void micrometerHasAMaxTileAndPlainHasNone() {
        assertThat(MetricTemplates.tiles(checkout(Map.of()), Convention.MICROMETER, null)).extracting(TileSpec::key)
                .contains("latency_max");
        assertThat(MetricTemplates.tiles(checkout(Map.of()), Convention.PLAIN, null)).extracting(TileSpec::key)
                .doesNotContain("latency_max");
        assertThat(tile(MetricTemplates.tiles(checkout(Map.of()), Convention.OPENTELEMETRY, null), "latency_p95").query())
                .contains("http_server_request_duration_seconds_bucket").contains("by (le)");
    }

    @Test
    void windowKeySetsTheRateWindowOfEveryRate() {
        List<TileSpec> tiles = MetricTemplates.tiles(checkout(Map.of("window", "5m")), Convention.PLAIN, null);

        assertThat(tiles).filteredOn(t -> t.query().contains("rate(")).allSatisfy(t ->
                assertThat(t.query()).contains("[5m]").doesNotContain("[1m]"));
    }

    @Test
    void containerTilesSelectPodsByTheServiceNamePrefix() {
        TileSpec memory = tile(MetricTemplates.tiles(checkout(Map.of()), Convention.PLAIN, null), "memory_working_set");

        assertThat(memory.query()).isEqualTo("sum  (container_memory_working_set_bytes{namespace=\"shop\",pod=~\"checkout-.*\","
                + "container!=\"\",container!=\"POD\"})");
    }

    @Test
    void selectorAndPodOverridesApplyToEveryTemplate() {
        List<TileSpec> tiles = MetricTemplates.tiles(checkout(Map.of("selector", "job=\"{namespace}/{service}\"",
                "pod", "co-[a-z0-9]+")), Convention.PLAIN, null);

        assertThat(tile(tiles, "requests_per_minute").query()).contains("http_requests_total{job=\"shop/checkout\"}");
        assertThat(tile(tiles, "cpu_cores").query()).contains("pod=~\"co-[a-z0-9]+\"");
    }

    @Test
    void configuredQueryReplacesTheBuiltInAndThresholdsComeFromTheFile() {
        List<TileSpec> tiles = MetricTemplates.tiles(checkout(Map.of(
                "error_ratio", "sum(rate(errors{app=\"{service}\"}[5m]))",
                "error_ratio.warn", "0.002", "error_ratio.critical", "0.01")), Convention.PLAIN, null);

        TileSpec ratio = tile(tiles, "error_ratio");
        assertThat(ratio.query()).isEqualTo("sum(rate(errors{app=\"checkout\"}[5m]))");
        assertThat(ratio.thresholds()).isEqualTo(new Thresholds(0.002, 0.01));
        assertThat(ratio.unit()).isEqualTo(MetricUnit.RATIO);
    }

    @Test
    void unknownKeyIsACustomTileWithItsTitleAndUnit() {
        List<TileSpec> tiles = MetricTemplates.tiles(checkout(Map.of(
                "queue_depth", "sum {by} (queue_depth{service=\"{service}\"})", "queue_depth.unit", "jobs")), Convention.PLAIN, null);

        TileSpec queue = tiles.getLast();
        assertThat(queue.key()).isEqualTo("queue_depth");
        assertThat(queue.title()).isEqualTo("Queue depth");
        assertThat(queue.unit()).isEqualTo(MetricUnit.NONE);
        assertThat(queue.breakdown()).isEqualTo("sum by (pod, instance) (queue_depth{service=\"checkout\"})");
        assertThat(queue.compact()).isFalse();
    }

    @Test
    void tilesKeyChoosesTheCompactOnes() {
        List<TileSpec> tiles = MetricTemplates.tiles(checkout(Map.of("tiles", "latency_p99, cpu_of_limit")), Convention.PLAIN, null);

        assertThat(tiles.stream().filter(TileSpec::compact)).extracting(TileSpec::key).containsExactly("latency_p99", "cpu_of_limit");
        assertThat(MetricTemplates.tiles(checkout(Map.of()), Convention.PLAIN, null).stream().filter(TileSpec::compact))
                .extracting(TileSpec::key).containsExactlyInAnyOrderElementsOf(ServiceMetricsConfig.DEFAULT_COMPACT);
    }

    private static SharedQuery shared(ServiceSpec service, String key) {
        return MetricTemplates.templated(service, Convention.PLAIN, null).stream()
                .filter(t -> t.tile().key().equals(key)).findFirst().orElseThrow().shared();
    }

    @Test
    void sharedHttpQuerySelectsTheServicesByRegexAndKeepsOneSeriesPerService() {
        SharedQuery rpm = shared(checkout(Map.of()), "requests_per_minute");

        assertThat(rpm.label()).isEqualTo("service");
        assertThat(SharedQuery.forServices(rpm.template(), List.of("checkout", "search")))
                .isEqualTo("sum by (service) (rate(http_requests_total{namespace=\"shop\",service=~\"checkout|search\"}[1m])) * 60");
        assertThat(shared(checkout(Map.of()), "latency_p95").template()).contains("sum by (le, service) (");
    }

    @Test
    void sharedContainerQueryNamesEachSeriesServiceAfterItsPodPrefix() {
        SharedQuery memory = shared(checkout(Map.of()), "memory_working_set");

        assertThat(memory.label()).isEqualTo(MetricTemplates.CONTAINER_SERVICE_LABEL);
        assertThat(SharedQuery.forServices(memory.template(), List.of("checkout")))
                .isEqualTo("sum by (vigil_service) (label_replace(container_memory_working_set_bytes{namespace=\"shop\","
                        + "pod=~\"(checkout)-.*\",container!=\"\",container!=\"POD\"}, \"vigil_service\", \"$1\", \"pod\", \"(checkout)-.*\"))");
    }

    @Test
    void tilesOfTheSameMetricShareOneTemplateAcrossServicesOfANamespace() {
        ServiceSpec search = new ServiceSpec("search", "shop", Map.of(), Map.of(), null);
        ServiceSpec elsewhere = new ServiceSpec("billing", "finance", Map.of(), Map.of(), null);

        assertThat(shared(search, "error_ratio").template()).isEqualTo(shared(checkout(Map.of()), "error_ratio").template());
        assertThat(shared(elsewhere, "error_ratio").template()).isNotEqualTo(shared(checkout(Map.of()), "error_ratio").template());
    }

    @Test
    void ownSelectorsPodPatternsAndCustomQueriesAreAskedAlone() {
        assertThat(shared(checkout(Map.of("selector", "job=\"checkout\"")), "requests_per_minute")).isNull();
        assertThat(shared(checkout(Map.of("selector", "job=\"checkout\"")), "cpu_cores")).isNotNull();
        assertThat(shared(checkout(Map.of("pod", "co-[a-z0-9]+")), "cpu_cores")).isNull();
        assertThat(shared(checkout(Map.of("error_ratio", "sum(rate(errors[5m]))")), "error_ratio")).isNull();
    }

    @Test
    void serviceNamesInTheSharedRegexAreQuotedLongestFirst() {
        assertThat(SharedQuery.forServices("{services}", List.of("api", "api-gateway", "web.v2")))
                .isEqualTo("api-gateway|web\\\\.v2|api");
    }

    @Test
    void thresholdsWithWarnAboveCriticalMeanLowerIsWorse() {
        Thresholds floor = new Thresholds(100.0, 10.0);

        assertThat(floor.level(500)).isEqualTo(Thresholds.Level.OK);
        assertThat(floor.level(50)).isEqualTo(Thresholds.Level.WARN);
        assertThat(floor.level(5)).isEqualTo(Thresholds.Level.CRITICAL);
        assertThat(new Thresholds(0.01, 0.05).level(0.02)).isEqualTo(Thresholds.Level.WARN);
        assertThat(new Thresholds(0.01, 0.05).level(Double.NaN)).isEqualTo(Thresholds.Level.NONE);
    }

    @Test
    void unitsReadAsOperatorsScanThem() {
        assertThat(MetricUnit.SECONDS.format(0.1824).toString()).isEqualTo("182 ms");
        assertThat(MetricUnit.SECONDS.format(2.5).toString()).isEqualTo("2.5 s");
        assertThat(MetricUnit.RATIO.format(0.0234).toString()).isEqualTo("2.34 %");
        assertThat(MetricUnit.BYTES.format(1.5 * 1024 * 1024 * 1024).toString()).isEqualTo("1.5 GiB");
        assertThat(MetricUnit.REQUESTS_PER_MINUTE.format(1320).toString()).isEqualTo("1320 req/min");
        assertThat(MetricUnit.CORES.format(Double.NaN).number()).isEqualTo("—");
    }
}
