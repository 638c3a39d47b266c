package dev.vigil.views.metrics;

import java.time.Duration;

/** How often the tiles ask Prometheus again; {@link #PAUSED} stops asking. */
public enum RefreshInterval {
    ONE_SECOND("1 s", Duration.ofSeconds(1)),
    FIVE_SECONDS("5 s", Duration.ofSeconds(5)),
    FIFTEEN_SECONDS("15 s", Duration.ofSeconds(15)),
    THIRTY_SECONDS("30 s", Duration.ofSeconds(30)),
    ONE_MINUTE("1 min", Duration.ofMinutes(1)),
    PAUSED("Paused", null);

    private final String label;
    private final Duration period;

    RefreshInterval(String label, Duration period) {
        this.label = label;
        this.period = period;
    }

    /** The period, or null when paused. */
    public Duration period() {
        return period;
    }

    public boolean paused() {
        return period == null;
    }

    /**
     * How far back the sparkline reaches: sixty refreshes, but at least five minutes so a one-second
     * refresh still shows a trend rather than noise.
     */
    public Duration sparklineHistory() {
        Duration p = period == null ? Duration.ofSeconds(5) : period;
        Duration sixty = p.multipliedBy(60);
        return sixty.compareTo(Duration.ofMinutes(5)) < 0 ? Duration.ofMinutes(5) : sixty;
    }

    @Override
    public String toString() {
        return label;
    }
}
