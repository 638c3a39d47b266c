package dev.vigil.views.metrics;

import java.time.Duration;

/** What "change vs previous period" compares a tile's value with: the value this long ago. */
public enum ComparePeriod {
    ONE_MINUTE("1 min", Duration.ofMinutes(1)),
    ONE_HOUR("1 h", Duration.ofHours(1)),
    ONE_DAY("1 d", Duration.ofDays(1)),
    ONE_WEEK("7 d", Duration.ofDays(7));

    private final String label;
    private final Duration offset;

    ComparePeriod(String label, Duration offset) {
        this.label = label;
        this.offset = offset;
    }

    public Duration offset() {
        return offset;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return "vs " + label + " ago";
    }
}
