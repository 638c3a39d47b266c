package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.MetricsSource;
import dev.vigil.connectors.prometheus.PromQueryException;
import dev.vigil.connectors.prometheus.ServiceMetricsConfig;
import dev.vigil.connectors.prometheus.TileReading;
import dev.vigil.connectors.prometheus.TileSpec;
import dev.vigil.environments.ServiceSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One refresh of the grid, off the FX thread. It tells its sink, in this order: which tiles the grid
 * shows ({@link Tiles}), each tile's answer ({@link Answered}), and that the round is over
 * ({@link Finished}). Answers are held until the round is complete, or {@link #HOLD} after the first
 * one, whichever comes first (see {@link AnswerGate}); what is released together reaches the sink as
 * one list, so a quick round crosses to the FX thread in one piece. All queries go out at once: the source shares
 * what it can (one query per metric across services) and its client bounds how many are in flight.
 */
final class RefreshRound {

    /** What a round reports; the sink may be called on any thread. */
    sealed interface Event permits Tiles, Answered, Finished {
    }

    /**
     * The grid's tiles by service, both in display order; a service whose tile list could not be had is in
     * {@code serviceFailures} instead.
     */
    record Tiles(Map<String, List<TileSpec>> shown, Map<String, PromQueryException> serviceFailures) implements Event {
        List<TileSpec> all() {
            return shown.values().stream().flatMap(List::stream).toList();
        }
    }

    record Answered(TileOutcome outcome) implements Event {
    }

    /** Every tile has answered (or failed); {@code startedNanos} is when the round began. */
    record Finished(Instant at, long startedNanos) implements Event {
    }

    private static final Duration ROUND_LIMIT = Duration.ofSeconds(30);
    /** How long answers wait for the rest of their round before they are painted anyway. */
    static final Duration HOLD = Duration.ofMillis(100);

    private final MetricsSource source;
    private final PreviousValues previous;

    RefreshRound(MetricsSource source, PreviousValues previous) {
        this.source = source;
        this.previous = previous;
    }

    /** Sends the round's queries and returns; the sink hears the rest. Blocks only while tile lists are detected. */
    void start(List<ServiceSpec> services, MetricsLayout layout, Instant now, RefreshInterval interval, ComparePeriod period,
               Consumer<List<Event>> sink) throws InterruptedException {
        long started = System.nanoTime();
        Duration history = interval.sparklineHistory();
        Duration step = history.dividedBy(60);
        Map<String, CompletableFuture<List<TileSpec>>> specs = new LinkedHashMap<>();
        for (ServiceSpec s : services) {
            specs.put(s.name(), source.tiles(s));
        }
        Map<String, PromQueryException> serviceFailures = new LinkedHashMap<>();
        Map<String, List<TileSpec>> byService = new LinkedHashMap<>();
        for (ServiceSpec s : services) {
            try {
                byService.put(s.name(), shown(wait(specs.get(s.name())), layout, s));
            } catch (PromQueryException failure) {
                serviceFailures.put(s.name(), failure);
            }
        }
        Tiles tiles = new Tiles(byService, serviceFailures);
        List<TileSpec> shown = tiles.all();

        Map<String, CompletableFuture<TileReading>> readings = source.readAll(shown, now, history, step);
        // A tile's value one period ago: a tile that has none yet asks for it with the readings and waits for it;
        // an update of a known one (due every quarter period, at most every 30 s) is asked once the readings are
        // in, so it never queues with them at Prometheus, and lands for the next round.
        List<TileSpec> due = shown.stream().filter(t -> previous.due(t.id(), period, now)).toList();
        List<TileSpec> unknown = due.stream().filter(t -> Double.isNaN(previous.get(t.id(), period))).toList();
        List<TileSpec> updates = due.stream().filter(t -> !Double.isNaN(previous.get(t.id(), period))).toList();
        Map<String, CompletableFuture<Double>> earlier = unknown.isEmpty() ? Map.of() : source.valuesAt(unknown, now.minus(period.offset()));
        if (!updates.isEmpty()) {
            CompletableFuture.allOf(readings.values().toArray(CompletableFuture[]::new))
                    .handle((ok, failed) -> source.valuesAt(updates, now.minus(period.offset())))
                    .thenAccept(asked -> updates.forEach(tile -> asked.get(tile.id())
                            .thenAccept(v -> previous.put(tile.id(), tile.key(), period, v, now))));
        }
        AnswerGate gate = new AnswerGate(tiles, sink, new Finished(now, started));
        for (TileSpec tile : shown) {
            double known = previous.get(tile.id(), period);
            CompletableFuture<Double> before = CompletableFuture.completedFuture(known);
            if (earlier.containsKey(tile.id())) {
                before = earlier.get(tile.id())
                        .thenApply(v -> {
                            previous.put(tile.id(), tile.key(), period, v, now);
                            return v;
                        })
                        .exceptionally(e -> previous.get(tile.id(), period));
            }
            readings.get(tile.id())
                    .thenCombine(before, (reading, was) -> TileOutcome.read(tile, reading, was))
                    .orTimeout(ROUND_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
                    .exceptionally(e -> TileOutcome.failed(tile, unwrap(e)))
                    .thenAccept(gate::answered);
        }
        gate.ifEmpty();
    }

    /**
     * Holds a round's answers until all are in, so a quick round is applied and painted in one pulse
     * (each pulse walks the whole scene: two pulses for one refresh cost twice that), and tiles that
     * are new appear with their values rather than empty first. When a query is slow, the gate opens
     * {@link #HOLD} after the first answer and the rest go out as they come, so one slow query delays
     * only its own tiles. Emitting under the lock keeps the order: tiles, answers, end.
     */
    private static final class AnswerGate {
        private final Consumer<List<Event>> sink;
        private final Finished finished;
        private final List<TileOutcome> held = new ArrayList<>();
        private Tiles tiles;
        private int remaining;
        private boolean open;

        AnswerGate(Tiles tiles, Consumer<List<Event>> sink, Finished finished) {
            this.tiles = tiles;
            this.remaining = tiles.all().size();
            this.sink = sink;
            this.finished = finished;
        }

        synchronized void answered(TileOutcome outcome) {
            remaining--;
            held.add(outcome);
            if (open || remaining == 0) {
                release();
            } else if (held.size() == 1) {
                CompletableFuture.runAsync(this::open, CompletableFuture.delayedExecutor(HOLD.toMillis(), TimeUnit.MILLISECONDS));
            }
        }

        synchronized void ifEmpty() {
            if (remaining == 0) {
                release();
            }
        }

        private synchronized void open() {
            if (remaining > 0) {
                open = true;
                release();
            }
        }

        private void release() {
            List<Event> out = new ArrayList<>(held.size() + 2);
            if (tiles != null) {
                out.add(tiles);
                tiles = null;
            }
            for (TileOutcome o : held) {
                out.add(new Answered(o));
            }
            held.clear();
            if (remaining == 0) {
                out.add(finished);
            }
            sink.accept(out);
        }
    }

    /** The overview shows the compact tiles in the order the service's {@code tiles} key lists them. */
    private static List<TileSpec> shown(List<TileSpec> tiles, MetricsLayout layout, ServiceSpec service) {
        if (layout == MetricsLayout.SERVICE) {
            return tiles;
        }
        List<String> order = ServiceMetricsConfig.of(service).compactKeys();
        return tiles.stream().filter(TileSpec::compact).sorted(Comparator.comparingInt(t -> order.indexOf(t.key()))).toList();
    }

    private static <T> T wait(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get(ROUND_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unwrap(e);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw unwrap(e);
        }
    }

    private static PromQueryException unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof TimeoutException) {
            return new PromQueryException(PromQueryException.Kind.TIMEOUT, "no answer within " + ROUND_LIMIT.toSeconds() + " s");
        }
        return t instanceof PromQueryException p ? p
                : new PromQueryException(PromQueryException.Kind.SERVER, t.getMessage() == null ? t.toString() : t.getMessage(), t);
    }
}
