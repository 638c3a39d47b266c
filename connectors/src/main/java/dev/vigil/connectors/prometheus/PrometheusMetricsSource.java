package dev.vigil.connectors.prometheus;

import dev.vigil.environments.ServiceSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Metric tiles answered by one Prometheus. A service without {@code metrics.convention} gets its
 * convention detected once from the metric names its series carry (and, for plain names, whether the
 * status code sits in {@code code} or {@code status}); a detection that finds no series at all is not
 * remembered, so a service that starts serving later is detected then.
 */
public final class PrometheusMetricsSource implements MetricsSource {

    private record Detected(Convention convention, String statusLabel) {
    }

    private final PromQueryClient client;
    private final Map<String, Detected> detected = new ConcurrentHashMap<>();

    public PrometheusMetricsSource(PromQueryClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<List<TileSpec>> tiles(ServiceSpec service) {
        ServiceMetricsConfig config = ServiceMetricsConfig.of(service);
        Optional<Convention> configured = config.convention();
        if (configured.isPresent() && (configured.get() != Convention.PLAIN || config.statusLabel() != null)) {
            return CompletableFuture.completedFuture(MetricTemplates.tiles(service, configured.get(), null));
        }
        Detected known = detected.get(service.name());
        if (known != null) {
            return CompletableFuture.completedFuture(MetricTemplates.tiles(service, known.convention(), known.statusLabel()));
        }
        return detect(service, config, configured)
                .thenApply(d -> MetricTemplates.tiles(service, d.convention(), d.statusLabel()));
    }

    private CompletableFuture<Detected> detect(ServiceSpec service, ServiceMetricsConfig config, Optional<Convention> configured) {
        String matcher = MetricTemplates.expand("{{selector}}", service, config, "", "");
        CompletableFuture<Convention> convention = configured.map(CompletableFuture::completedFuture)
                .orElseGet(() -> client.labelValues("__name__", List.of(matcher)).thenApply(names -> {
                    if (names.contains(Convention.MICROMETER.requestCounter())) {
                        return Convention.MICROMETER;
                    }
                    if (names.contains(Convention.OPENTELEMETRY.requestCounter())) {
                        return Convention.OPENTELEMETRY;
                    }
                    return names.contains(Convention.PLAIN.requestCounter()) ? Convention.PLAIN : null;
                }));
        return convention.thenCompose(found -> {
            if (found == null) {
                return CompletableFuture.completedFuture(new Detected(Convention.PLAIN, null));
            }
            if (found != Convention.PLAIN || config.statusLabel() != null) {
                Detected d = new Detected(found, null);
                detected.put(service.name(), d);
                return CompletableFuture.completedFuture(d);
            }
            // Client libraries disagree on the status label of http_requests_total: promhttp says code, many others status.
            return client.labelValues("code", List.of(Convention.PLAIN.requestCounter() + matcher)).thenApply(codes -> {
                Detected d = new Detected(Convention.PLAIN, codes.isEmpty() ? "status" : "code");
                detected.put(service.name(), d);
                return d;
            });
        });
    }

    @Override
    public CompletableFuture<TileReading> read(TileSpec tile, Instant now, Duration history, Duration step) {
        return client.range(tile.query(), now.minus(history), now, step).thenApply(series -> series.isEmpty()
                ? TileReading.empty(now)
                : TileReading.of(series.getFirst(), now, step.toMillis(), series.size()));
    }

    @Override
    public CompletableFuture<Double> valueAt(TileSpec tile, Instant at) {
        return client.instant(tile.query(), at).thenApply(series -> series.isEmpty() ? Double.NaN : series.getFirst().lastValue());
    }

    @Override
    public CompletableFuture<List<Series>> chart(TileSpec tile, Instant from, Instant to, Duration step) {
        return client.range(tile.breakdown(), from, to, step);
    }

    @Override
    public String describe() {
        return client.base().toString();
    }

    @Override
    public void close() {
        client.close();
    }
}
