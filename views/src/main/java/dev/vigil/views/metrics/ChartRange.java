package dev.vigil.views.metrics;

import java.time.Duration;

/** The time ranges a tile's chart offers, 15 minutes to 7 days. */
public enum ChartRange {
    FIFTEEN_MINUTES("15 m", Duration.ofMinutes(15)),
    ONE_HOUR("1 h", Duration.ofHours(1)),
    SIX_HOURS("6 h", Duration.ofHours(6)),
    ONE_DAY("24 h", Duration.ofDays(1)),
    TWO_DAYS("2 d", Duration.ofDays(2)),
    SEVEN_DAYS("7 d", Duration.ofDays(7));

    /** About this many points per line: enough for a smooth line, few enough to draw quickly. */
    static final int POINTS = 300;

    private final String label;
    private final Duration length;

    ChartRange(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    /** A whole number of seconds, at least one, giving about {@link #POINTS} points over {@code span}. */
    static Duration stepFor(Duration span) {
        long seconds = Math.max(1, span.toSeconds() / POINTS);
        return Duration.ofSeconds(seconds);
    }

    @Override
    public String toString() {
        return label;
    }
}
