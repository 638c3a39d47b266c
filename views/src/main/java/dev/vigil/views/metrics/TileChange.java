package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.DecimalText;
import dev.vigil.connectors.prometheus.Thresholds;


/**
 * A tile's change against the previous period, as Grafana's stat panels show it: "▲ 12 %". {@code worse}
 * says whether the move is in the direction the thresholds call bad, so the view can colour it.
 */
public record TileChange(String text, int direction, boolean worse) {

    public static final TileChange NONE = new TileChange("", 0, false);

    static TileChange between(double now, double before, Thresholds thresholds, ComparePeriod period) {
        if (Double.isNaN(now) || Double.isNaN(before) || Double.isInfinite(now) || Double.isInfinite(before)) {
            return NONE;
        }
        String suffix = " vs " + period.label() + " ago";
        if (before == 0) {
            return now == 0 ? new TileChange("= 0 %" + suffix, 0, false) : new TileChange("▲ new" + suffix, 1, !thresholds.lowerIsWorse());
        }
        double pct = (now - before) / Math.abs(before) * 100;
        if (Math.abs(pct) < 0.5) {
            return new TileChange("= 0 %" + suffix, 0, false);
        }
        int direction = pct > 0 ? 1 : -1;
        String number = DecimalText.fixed(Math.abs(pct), Math.abs(pct) >= 10 ? 0 : 1);
        boolean worse = thresholds.isEmpty() ? false : thresholds.lowerIsWorse() ? direction < 0 : direction > 0;
        return new TileChange((direction > 0 ? "▲ " : "▼ ") + number + " %" + suffix, direction, worse);
    }
}
