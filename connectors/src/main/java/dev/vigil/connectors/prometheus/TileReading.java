package dev.vigil.connectors.prometheus;

import java.time.Instant;
import java.util.Arrays;

/**
 * A tile's answer: its value now (NaN when the query returned nothing for now), the recent history for
 * the sparkline (epoch millis and values, oldest first), when it was evaluated, and how many series
 * the query returned (a tile shows the first; more than one means the query is not aggregated).
 */
public record TileReading(double value, long[] times, double[] values, Instant evaluatedAt, int seriesCount) {

    public static TileReading empty(Instant at) {
        return new TileReading(Double.NaN, new long[0], new double[0], at, 0);
    }

    public static TileReading of(Series series, Instant at, long freshWithinMillis, int seriesCount) {
        double now = series.isEmpty() || series.lastTime() < at.toEpochMilli() - freshWithinMillis ? Double.NaN : series.lastValue();
        return new TileReading(now, series.times(), series.values(), at, seriesCount);
    }

    public boolean hasValue() {
        return !Double.isNaN(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TileReading r && Double.compare(value, r.value) == 0 && Arrays.equals(times, r.times)
                && Arrays.equals(values, r.values) && evaluatedAt.equals(r.evaluatedAt) && seriesCount == r.seriesCount;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value) * 31 + evaluatedAt.hashCode();
    }

    @Override
    public String toString() {
        return "TileReading[" + value + " at " + evaluatedAt + ", " + values.length + " points, " + seriesCount + " series]";
    }
}
