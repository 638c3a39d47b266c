package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.MetricsSource;
import dev.vigil.connectors.prometheus.PromQueryException;
import dev.vigil.connectors.prometheus.ServiceMetricsConfig;
import dev.vigil.connectors.prometheus.TileSpec;
import dev.vigil.environments.ServiceSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One refresh of the grid, off the FX thread: every tile's query goes out at once (the client bounds
 * how many are in flight), and the round waits for all of them so the view applies one complete
 * picture instead of tiles trickling in.
 */
final class RefreshRound {

    /** Everything one round learnt; {@code serviceFailures} holds services whose tile list could not be had. */
    record Result(Instant at, long startedNanos, List<TileOutcome> outcomes, Map<String, PromQueryException> serviceFailures) {
    }

    private static final Duration ROUND_LIMIT = Duration.ofSeconds(30);

    private final MetricsSource source;
    private final PreviousValues previous;

    RefreshRound(MetricsSource source, PreviousValues previous) {
        this.source = source;
        this.previous = previous;
    }

    Result run(List<ServiceSpec> services, MetricsLayout layout, Instant now, RefreshInterval interval, ComparePeriod period)
            throws InterruptedException {
        long started = System.nanoTime();
        Duration history = interval.sparklineHistory();
        Duration step = history.dividedBy(60);
        Map<String, CompletableFuture<List<TileSpec>>> specs = new LinkedHashMap<>();
        for (ServiceSpec s : services) {
            specs.put(s.name(), source.tiles(s));
        }
        Map<String, PromQueryException> serviceFailures = new LinkedHashMap<>();
        List<CompletableFuture<TileOutcome>> outcomes = new ArrayList<>();
        for (Map.Entry<String, CompletableFuture<List<TileSpec>>> e : specs.entrySet()) {
            List<TileSpec> tiles;
            try {
                tiles = wait(e.getValue());
            } catch (PromQueryException failure) {
                serviceFailures.put(e.getKey(), failure);
                continue;
            }
            for (TileSpec tile : shown(tiles, layout, services, e.getKey())) {
                outcomes.add(readTile(tile, now, history, step, period));
            }
        }
        List<TileOutcome> done = new ArrayList<>();
        for (CompletableFuture<TileOutcome> f : outcomes) {
            done.add(wait(f));
        }
        return new Result(now, started, done, serviceFailures);
    }

    /** The overview shows the compact tiles in the order the service's {@code tiles} key lists them. */
    private static List<TileSpec> shown(List<TileSpec> tiles, MetricsLayout layout, List<ServiceSpec> services, String service) {
        if (layout == MetricsLayout.SERVICE) {
            return tiles;
        }
        ServiceSpec spec = services.stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow();
        List<String> order = ServiceMetricsConfig.of(spec).compactKeys();
        return tiles.stream().filter(TileSpec::compact)
                .sorted(java.util.Comparator.comparingInt(t -> order.indexOf(t.key())))
                .toList();
    }

    private CompletableFuture<TileOutcome> readTile(TileSpec tile, Instant now, Duration history, Duration step, ComparePeriod period) {
        CompletableFuture<Double> before;
        if (previous.due(tile.id(), period, now)) {
            before = source.valueAt(tile, now.minus(period.offset()))
                    .thenApply(v -> {
                        previous.put(tile.id(), period, v, now);
                        return v;
                    })
                    .exceptionally(e -> previous.get(tile.id(), period));
        } else {
            before = CompletableFuture.completedFuture(previous.get(tile.id(), period));
        }
        return source.read(tile, now, history, step)
                .thenCombine(before, (reading, was) -> TileOutcome.read(tile, reading, was))
                .exceptionally(e -> TileOutcome.failed(tile, unwrap(e)));
    }

    private static <T> T wait(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get(ROUND_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unwrap(e);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new PromQueryException(PromQueryException.Kind.TIMEOUT, "no answer within " + ROUND_LIMIT.toSeconds() + " s");
        }
    }

    private static PromQueryException unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof PromQueryException p ? p
                : new PromQueryException(PromQueryException.Kind.SERVER, t.getMessage() == null ? t.toString() : t.getMessage(), t);
    }
}
