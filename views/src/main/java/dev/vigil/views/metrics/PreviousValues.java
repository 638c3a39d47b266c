package dev.vigil.views.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tiles' values one comparison period ago. They move slowly, so each is asked again only every
 * quarter period (at most every 30 s) instead of on every one-second refresh: half the queries saved.
 */
final class PreviousValues {

    private record Known(double value, Instant fetched) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    boolean due(String tileId, ComparePeriod period, Instant now) {
        Known k = known.get(key(tileId, period));
        return k == null || !k.fetched().plus(every(period)).isAfter(now);
    }

    private static Duration every(ComparePeriod period) {
        Duration every = period.offset().dividedBy(4);
        return every.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : every;
    }

    double get(String tileId, ComparePeriod period) {
        Known k = known.get(key(tileId, period));
        return k == null ? Double.NaN : k.value();
    }

    /**
     * Remembers a value. Its age is skewed by a share of the interval that depends on {@code stagger}
     * (the tile's metric key), so that tiles first fetched together fall due on different refreshes — a
     * few extra queries per round instead of a round with twice the queries every 30 s — while the same
     * metric of every service falls due together and is still asked with one shared query.
     */
    void put(String tileId, String stagger, ComparePeriod period, double value, Instant now) {
        long mixed = Long.rotateLeft(stagger.hashCode() * 0x9E3779B97F4A7C15L, 32); // similar keys, far-apart skews
        long skew = Math.floorMod(mixed, Math.max(1, every(period).toMillis()));
        known.compute(key(tileId, period), (k, old) -> new Known(value, old == null ? now.minusMillis(skew) : now));
    }

    private static String key(String tileId, ComparePeriod period) {
        return tileId + "|" + period.name();
    }
}
