package dev.vigil.connectors.prometheus;

/**
 * One metric tile of one service, its templates already filled in.
 *
 * @param service   the service it belongs to
 * @param key       the metric key, e.g. {@code latency_p95} or a custom key from the environments file
 * @param title     what the tile says on top
 * @param unit      how its number reads
 * @param query     PromQL giving one series: the service's figure
 * @param breakdown PromQL giving one series per pod (or per label value of a custom query) for charts
 * @param thresholds warn and critical levels
 * @param compact   shown in the all-services overview (otherwise only in the service's detail)
 */
public record TileSpec(String service, String key, String title, MetricUnit unit, String query, String breakdown,
                       Thresholds thresholds, boolean compact) {

    /** Unique within an environment: service and key. */
    public String id() {
        return service + "/" + key;
    }
}
