package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.MetricUnit;
import dev.vigil.connectors.prometheus.MetricsSource;
import dev.vigil.connectors.prometheus.Series;
import dev.vigil.connectors.prometheus.Thresholds;
import dev.vigil.connectors.prometheus.TileReading;
import dev.vigil.connectors.prometheus.TileSpec;
import dev.vigil.environments.ServiceSpec;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshRoundTest {

    private static final ServiceSpec SERVICE = new ServiceSpec("checkout", "shop", Map.of(), Map.of(), null);
    private static final TileSpec TILE = new TileSpec("checkout", "rpm", "Requests", MetricUnit.REQUESTS_PER_MINUTE,
            "sum(rate(x[1m]))", null, Thresholds.NONE, true);
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    /** Readings answer at once (or when the test completes them, if held); earlier values only when the test completes them. */
    private static final class Source implements MetricsSource {
        final List<CompletableFuture<Double>> earlier = new CopyOnWriteArrayList<>();
        final List<CompletableFuture<TileReading>> heldReads = new CopyOnWriteArrayList<>();
        final AtomicInteger reads = new AtomicInteger();
        volatile boolean holdReads;
        volatile List<TileSpec> tiles = List.of(TILE);

        @Override
        public CompletableFuture<List<TileSpec>> tiles(ServiceSpec service) {
            return CompletableFuture.completedFuture(tiles);
        }

        @Override
        public CompletableFuture<TileReading> read(TileSpec tile, Instant now, Duration history, Duration step) {
            reads.incrementAndGet();
            TileReading reading = new TileReading(120, new long[]{now.toEpochMilli()}, new double[]{120}, now, 1);
            if (holdReads) {
                CompletableFuture<TileReading> f = new CompletableFuture<>();
                heldReads.add(f);
                return f.thenApply(r -> reading);
            }
            return CompletableFuture.completedFuture(reading);
        }

        @Override
        public CompletableFuture<Double> valueAt(TileSpec tile, Instant at) {
            CompletableFuture<Double> f = new CompletableFuture<>();
            earlier.add(f);
            return f;
        }

        @Override
        public CompletableFuture<List<Series>> chart(TileSpec tile, Instant from, Instant to, Duration step) {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public String describe() {
            return "fake";
        }
    }

    private static List<RefreshRound.Event> round(Source source, PreviousValues previous, Instant now) throws Exception {
        List<RefreshRound.Event> events = new CopyOnWriteArrayList<>();
        new RefreshRound(source, previous).start(List.of(SERVICE), MetricsLayout.SERVICE, now, RefreshInterval.ONE_SECOND,
                ComparePeriod.ONE_MINUTE, events::addAll);
        return events;
    }

    @Test
    void aRoundWhoseAnswersComeInOneByOneReachesItsSinkInOnePiece() throws Exception {
        Source source = new Source();
        source.tiles = List.of(TILE, new TileSpec("checkout", "p95", "Latency p95", MetricUnit.SECONDS, "q2", null, Thresholds.NONE, true),
                new TileSpec("checkout", "errors", "Errors", MetricUnit.REQUESTS_PER_MINUTE, "q3", null, Thresholds.NONE, true));
        PreviousValues previous = new PreviousValues();
        List<TileSpec> all = source.tiles;
        all.forEach(t -> previous.put(t.id(), t.key(), ComparePeriod.ONE_MINUTE, 1.0, NOW)); // no earlier values to wait for
        source.holdReads = true;
        List<List<RefreshRound.Event>> handed = new CopyOnWriteArrayList<>();
        new RefreshRound(source, previous).start(List.of(SERVICE), MetricsLayout.SERVICE, NOW, RefreshInterval.ONE_SECOND,
                ComparePeriod.ONE_MINUTE, handed::add);
        assertThat(source.heldReads).hasSize(3);

        for (CompletableFuture<TileReading> f : source.heldReads) {
            assertThat(handed).as("held until the round is complete").isEmpty();
            f.complete(null);
        }
        // Handed over one event at a time, an FX thread free at once would apply (and paint) the round in pieces.
        assertThat(handed).hasSize(1);
        assertThat(handed.getFirst()).hasSize(5);
        assertThat(handed.getFirst().getFirst()).isInstanceOf(RefreshRound.Tiles.class);
        assertThat(handed.getFirst().subList(1, 4)).allMatch(e -> e instanceof RefreshRound.Answered);
        assertThat(handed.getFirst().getLast()).isInstanceOf(RefreshRound.Finished.class);
    }

    private static boolean finished(List<RefreshRound.Event> events) {
        return events.stream().anyMatch(e -> e instanceof RefreshRound.Finished);
    }

    @Test
    void aTileWithoutAnEarlierValueWaitsForItThenAKnownOneNoLongerDoes() throws Exception {
        Source source = new Source();
        PreviousValues previous = new PreviousValues();

        // First round: the change needs the value of a minute ago, so the round ends when it is in.
        List<RefreshRound.Event> first = round(source, previous, NOW);
        assertThat(source.earlier).hasSize(1);
        assertThat(finished(first)).isFalse();
        source.earlier.getFirst().complete(100.0);
        assertThat(finished(first)).isTrue();
        assertThat(first).filteredOn(e -> e instanceof RefreshRound.Answered)
                .singleElement().extracting(e -> ((RefreshRound.Answered) e).outcome().previous()).isEqualTo(100.0);

        // A minute later the earlier value is due again: it is asked for once the readings are in (so it does not
        // queue with them), and the round does not wait for it.
        source.holdReads = true;
        List<RefreshRound.Event> later = round(source, previous, NOW.plusSeconds(60));
        assertThat(source.earlier).as("not while the readings are out").hasSize(1);
        source.heldReads.forEach(f -> f.complete(null));
        source.holdReads = false;
        assertThat(source.earlier).hasSize(2);
        assertThat(finished(later)).isTrue();
        assertThat(later).filteredOn(e -> e instanceof RefreshRound.Answered)
                .singleElement().extracting(e -> ((RefreshRound.Answered) e).outcome().previous()).isEqualTo(100.0);

        // Its answer is what the next round compares with.
        source.earlier.get(1).complete(110.0);
        List<RefreshRound.Event> next = round(source, previous, NOW.plusSeconds(61));
        assertThat(finished(next)).isTrue();
        assertThat(next).filteredOn(e -> e instanceof RefreshRound.Answered)
                .singleElement().extracting(e -> ((RefreshRound.Answered) e).outcome().previous()).isEqualTo(110.0);
    }
}
