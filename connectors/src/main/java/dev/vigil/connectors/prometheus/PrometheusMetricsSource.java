package dev.vigil.connectors.prometheus;

import dev.vigil.environments.ServiceSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Metric tiles answered by one Prometheus. A service without {@code metrics.convention} gets its
 * convention detected once from the metric names its series carry (and, for plain names, whether the
 * status code sits in {@code code} or {@code status}); a detection that finds no series at all is not
 * remembered, so a service that starts serving later is detected then.
 *
 * <p>A refresh's tiles are read with one query per {@link SharedQuery} (the same built-in tile of every
 * service with the default selector) instead of one per tile, and each answer is split by service. A
 * shared query that Prometheus rejects as wrong ({@code bad_data}, {@code execution}) is asked again
 * tile by tile, so only the tile at fault shows the error.
 */
public final class PrometheusMetricsSource implements MetricsSource {

    private record Detected(Convention convention, String statusLabel) {
    }

    /** A service's tiles as last built, with their shared queries (by identity: the caller passes these specs back). */
    private record Known(ServiceSpec service, List<TileSpec> tiles, Map<TileSpec, SharedQuery> shared) {
    }

    private final PromQueryClient client;
    private final Map<String, Detected> detected = new ConcurrentHashMap<>();
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public PrometheusMetricsSource(PromQueryClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<List<TileSpec>> tiles(ServiceSpec service) {
        Known k = known.get(service.name());
        if (k != null && k.service().equals(service)) {
            return CompletableFuture.completedFuture(k.tiles()); // the same specs every refresh: no templating, cheap equality
        }
        ServiceMetricsConfig config = ServiceMetricsConfig.of(service);
        Optional<Convention> configured = config.convention();
        if (configured.isPresent() && (configured.get() != Convention.PLAIN || config.statusLabel() != null)) {
            return CompletableFuture.completedFuture(remember(service, configured.get(), null));
        }
        Detected d = detected.get(service.name());
        if (d != null) {
            return CompletableFuture.completedFuture(remember(service, d.convention(), d.statusLabel()));
        }
        return detect(service, config, configured).thenApply(found -> detected.containsKey(service.name())
                ? remember(service, found.convention(), found.statusLabel())
                : MetricTemplates.tiles(service, found.convention(), found.statusLabel()));
    }

    private List<TileSpec> remember(ServiceSpec service, Convention convention, String statusLabel) {
        List<MetricTemplates.Templated> templated = MetricTemplates.templated(service, convention, statusLabel);
        Map<TileSpec, SharedQuery> shared = new IdentityHashMap<>();
        for (MetricTemplates.Templated t : templated) {
            if (t.shared() != null) {
                shared.put(t.tile(), t.shared());
            }
        }
        List<TileSpec> tiles = templated.stream().map(MetricTemplates.Templated::tile).toList();
        known.put(service.name(), new Known(service, tiles, shared));
        return tiles;
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
        return client.range(tile.query(), now.minus(history), now, step).thenApply(series -> reading(series, now, step));
    }

    @Override
    public CompletableFuture<Double> valueAt(TileSpec tile, Instant at) {
        return client.instant(tile.query(), at).thenApply(PrometheusMetricsSource::firstValue);
    }

    @Override
    public Map<String, CompletableFuture<TileReading>> readAll(List<TileSpec> tiles, Instant now, Duration history, Duration step) {
        return run(plan(tiles), query -> client.range(query, now.minus(history), now, step),
                series -> reading(series, now, step), tile -> read(tile, now, history, step));
    }

    @Override
    public Map<String, CompletableFuture<Double>> valuesAt(List<TileSpec> tiles, Instant at) {
        return run(plan(tiles), query -> client.instant(query, at), PrometheusMetricsSource::firstValue, tile -> valueAt(tile, at));
    }

    /** The PromQL {@link #readAll} sends for these tiles, one entry per request: for benchmarks and diagnostics. */
    public List<String> queriesFor(List<TileSpec> tiles) {
        return plan(tiles).stream().map(Ask::query).toList();
    }

    /** One request of a refresh: a tile's own query ({@code label} null), or a shared one split by {@code label}. */
    private record Ask(String query, String label, List<TileSpec> tiles) {
    }

    /** Tiles grouped by shared query, in the order their first tile comes; a tile with nobody to share with asks alone. */
    private List<Ask> plan(List<TileSpec> tiles) {
        Map<String, List<TileSpec>> groups = new LinkedHashMap<>();
        Map<String, SharedQuery> templates = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>(); // a template (String) or a lone tile
        for (TileSpec t : tiles) {
            SharedQuery q = sharedQueryOf(t);
            if (q == null) {
                order.add(t);
                continue;
            }
            if (!groups.containsKey(q.template())) {
                order.add(q.template());
                templates.put(q.template(), q);
            }
            groups.computeIfAbsent(q.template(), k -> new ArrayList<>()).add(t);
        }
        List<Ask> plan = new ArrayList<>();
        for (Object o : order) {
            if (o instanceof TileSpec lone) {
                plan.add(new Ask(lone.query(), null, List.of(lone)));
                continue;
            }
            List<TileSpec> members = groups.get((String) o);
            if (members.size() == 1) {
                plan.add(new Ask(members.getFirst().query(), null, members));
            } else {
                List<String> services = members.stream().map(TileSpec::service).toList();
                plan.add(new Ask(SharedQuery.forServices((String) o, services), templates.get(o).label(), members));
            }
        }
        return plan;
    }

    /**
     * Sends the plan's requests and gives each tile the series of its own service. A shared query
     * Prometheus rejects as wrong is asked again tile by tile ({@code alone}): only the tile at fault shows it.
     */
    private <T> Map<String, CompletableFuture<T>> run(List<Ask> plan, Function<String, CompletableFuture<List<Series>>> ask,
                                                      Function<List<Series>, T> convert, Function<TileSpec, CompletableFuture<T>> alone) {
        // All requests first, then what follows each answer: the last one goes out as soon after the first as can be.
        List<CompletableFuture<List<Series>>> answers = new ArrayList<>(plan.size());
        for (Ask a : plan) {
            answers.add(ask.apply(a.query()));
        }
        Map<String, CompletableFuture<T>> out = new LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            Ask a = plan.get(i);
            CompletableFuture<List<Series>> answer = answers.get(i);
            if (a.label() == null) {
                out.put(a.tiles().getFirst().id(), answer.thenApply(convert));
                continue;
            }
            CompletableFuture<Map<String, List<Series>>> byService = answer.thenApply(series -> {
                Map<String, List<Series>> split = new LinkedHashMap<>();
                for (Series x : series) {
                    split.computeIfAbsent(x.labels().getOrDefault(a.label(), ""), k -> new ArrayList<>()).add(x);
                }
                return split;
            });
            for (TileSpec m : a.tiles()) {
                out.put(m.id(), byService
                        .thenApply(split -> convert.apply(split.getOrDefault(m.service(), List.of())))
                        .exceptionallyCompose(e -> cause(e) instanceof PromQueryException p && p.queryAtFault()
                                ? alone.apply(m)
                                : CompletableFuture.failedFuture(cause(e))));
            }
        }
        return out;
    }

    private SharedQuery sharedQueryOf(TileSpec tile) {
        Known k = known.get(tile.service());
        return k == null ? null : k.shared().get(tile);
    }

    private static TileReading reading(List<Series> series, Instant now, Duration step) {
        return series.isEmpty() ? TileReading.empty(now) : TileReading.of(series.getFirst(), now, step.toMillis(), series.size());
    }

    private static double firstValue(List<Series> series) {
        return series.isEmpty() ? Double.NaN : series.getFirst().lastValue();
    }

    private static Throwable cause(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
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
