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
        if (k == null) {
            return true;
        }
        Duration every = period.offset().dividedBy(4);
        if (every.compareTo(Duration.ofSeconds(30)) > 0) {
            every = Duration.ofSeconds(30);
        }
        return !k.fetched().plus(every).isAfter(now);
    }

    double get(String tileId, ComparePeriod period) {
        Known k = known.get(key(tileId, period));
        return k == null ? Double.NaN : k.value();
    }

    void put(String tileId, ComparePeriod period, double value, Instant now) {
        known.put(key(tileId, period), new Known(value, now));
    }

    private static String key(String tileId, ComparePeriod period) {
        return tileId + "|" + period.name();
    }
}
