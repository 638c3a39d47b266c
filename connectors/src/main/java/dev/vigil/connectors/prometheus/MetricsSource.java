package dev.vigil.connectors.prometheus;

import dev.vigil.environments.ServiceSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    /** One series per pod (or label value) of the tile's query from {@code from} to {@code to}. */
    CompletableFuture<List<Series>> chart(TileSpec tile, Instant from, Instant to, Duration step);

    /** Where the numbers come from, for messages ("http://prometheus:9090"). */
    String describe();

    @Override
    default void close() {
    }
}
