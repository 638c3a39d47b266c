package dev.vigil.connectors.logs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How many lines matched per interval of the range, split by level (date_histogram with a terms split). */
public record LogHistogram(Instant from, Instant to, Duration interval, List<Bucket> buckets) {

    public LogHistogram {
        buckets = List.copyOf(buckets);
    }

    /** One interval starting at {@code start}; counts by level ("" for lines without one). */
    public record Bucket(Instant start, Map<String, Long> byLevel) {
        public Bucket {
            byLevel = Map.copyOf(byLevel);
        }

        public long total() {
            return byLevel.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public long total() {
        return buckets.stream().mapToLong(Bucket::total).sum();
    }

    /** An interval that gives about {@code target} buckets over the range, rounded to a step people read easily. */
    public static Duration intervalFor(Instant from, Instant to, int target) {
        long span = Math.max(1, Duration.between(from, to).toMillis());
        long wanted = Math.max(1, span / Math.max(1, target));
        for (long step : STEPS) {
            if (step >= wanted) {
                return Duration.ofMillis(step);
            }
        }
        return Duration.ofMillis(STEPS[STEPS.length - 1]);
    }

    private static final long[] STEPS = {
            1_000, 5_000, 10_000, 30_000, 60_000, 5 * 60_000, 10 * 60_000, 30 * 60_000,
            3_600_000, 3 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000, 86_400_000};
}
