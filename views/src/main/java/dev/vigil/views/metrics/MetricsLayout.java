package dev.vigil.views.metrics;

/** What the grid shows: every service with its key tiles, or one service with all of its tiles. */
public enum MetricsLayout {
    OVERVIEW("All services"),
    SERVICE("One service");

    private final String label;

    MetricsLayout(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
