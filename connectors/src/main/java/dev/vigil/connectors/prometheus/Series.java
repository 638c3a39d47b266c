package dev.vigil.connectors.prometheus;

import java.util.Arrays;
import java.util.Map;

/**
 * One time series of an answer: its labels and its samples, oldest first. Times are epoch
 * milliseconds; values may be NaN or infinite (Prometheus sends "NaN", "+Inf").
 */
public record Series(Map<String, String> labels, long[] times, double[] values) {

    public Series {
        labels = Map.copyOf(labels);
        if (times.length != values.length) {
            throw new IllegalArgumentException("times and values differ in length");
        }
    }

    public int size() {
        return times.length;
    }

    public boolean isEmpty() {
        return times.length == 0;
    }

    /** The newest value, NaN when there is none. */
    public double lastValue() {
        return values.length == 0 ? Double.NaN : values[values.length - 1];
    }

    public long lastTime() {
        return times.length == 0 ? 0 : times[times.length - 1];
    }

    /** A short name for legends: the pod, else the instance, else the labels as PromQL writes them. */
    public String displayName() {
        for (String key : new String[]{"pod", "instance", "service", "job"}) {
            String v = labels.get(key);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return labels.isEmpty() ? "value" : labels.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && labels.equals(s.labels) && Arrays.equals(times, s.times) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Series" + labels + "[" + times.length + " samples, last " + lastValue() + "]";
    }
}
