package dev.vigil.incidents.metrics;

import java.util.Arrays;

/** n, mean, median and nearest-rank p90 of durations in seconds; every statistic is null when n = 0. */
public record DurationStats(int n, Double mean, Double median, Double p90) {

    public static final DurationStats EMPTY = new DurationStats(0, null, null, null);

    public static DurationStats of(double[] values, int count) {
        if (count == 0) {
            return EMPTY;
        }
        double[] v = Arrays.copyOf(values, count);
        Arrays.sort(v);
        double sum = 0;
        for (double d : v) {
            sum += d;
        }
        double median = count % 2 == 1 ? v[count / 2] : (v[count / 2 - 1] + v[count / 2]) / 2;
        // ⌈0.9·n⌉ in integers: 0.9 has no exact binary form, so floating point could round the rank up.
        int rank = (9 * count + 9) / 10;
        return new DurationStats(count, sum / count, median, v[rank - 1]);
    }
}
