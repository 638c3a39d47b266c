package dev.vigil.connectors.prometheus;

import dev.vigil.environments.ServiceSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Where a service's metric tiles come from, in the console's words: which tiles a service has, a
 * tile's value now with its recent history, its value at an earlier moment, and its breakdown over a
 * range. {@link PrometheusMetricsSource} asks a real Prometheus; the demo fleet can simulate the same.
 * Futures complete off the FX thread; failures are {@link PromQueryException}s.
 */
public interface MetricsSource extends AutoCloseable {

    /** Every tile of the service (the overview shows those marked compact). */
    CompletableFuture<List<TileSpec>> tiles(ServiceSpec service);

    /** The tile's value at {@code now} and its history over {@code history} at {@code step} resolution. */
    CompletableFuture<TileReading> read(TileSpec tile, Instant now, Duration history, Duration step);

    /** The tile's value at an earlier moment (NaN when there was none), for change vs previous period. */
    CompletableFuture<Double> valueAt(TileSpec tile, Instant at);

    /**
     * One refresh's readings of many tiles, by tile id, each future completing as soon as its own answer
     * is in. A source may answer several tiles with one question (Prometheus: one query per metric across
     * services); by default each tile is read on its own.
     */
    default Map<String, CompletableFuture<TileReading>> readAll(List<TileSpec> tiles, Instant now, Duration history, Duration step) {
        Map<String, CompletableFuture<TileReading>> out = new LinkedHashMap<>();
        for (TileSpec t : tiles) {
            out.put(t.id(), read(t, now, history, step));
        }
        return out;
    }

    /** {@link #valueAt} of many tiles, by tile id; shared like {@link #readAll}. */
    default Map<String, CompletableFuture<Double>> valuesAt(List<TileSpec> tiles, Instant at) {
        Map<String, CompletableFuture<Double>> out = new LinkedHashMap<>();
        for (TileSpec t : tiles) {
            out.put(t.id(), valueAt(t, at));
        }
        return out;
    }

    /** One series per pod (or label value) of the tile's query from {@code from} to {@code to}. */
    CompletableFuture<List<Series>> chart(TileSpec tile, Instant from, Instant to, Duration step);

    /** Where the numbers come from, for messages ("http://prometheus:9090"). */
    String describe();

    @Override
    default void close() {
    }
}
