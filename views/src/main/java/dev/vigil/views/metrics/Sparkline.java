package dev.vigil.views.metrics;

import java.util.Arrays;

/** A tile's recent history: epoch millis and values, oldest first. */
public record Sparkline(long[] times, double[] values) {

    public static final Sparkline EMPTY = new Sparkline(new long[0], new double[0]);

    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sparkline s && Arrays.equals(times, s.times) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(times) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Sparkline[" + values.length + " points]";
    }
}
