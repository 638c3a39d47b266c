package dev.vigil.views.metrics;

import javafx.scene.chart.ValueAxis;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's time axis in epoch seconds with ticks on round UTC times (every 5 minutes, every hour, at
 * midnight), as Grafana draws them: {@code NumberAxis} can only tick from the lower bound, so a range
 * starting at 02:01:37 would be labelled 02:01, 02:11, ...
 */
final class TimeAxis extends ValueAxis<Number> {

    private static final long[] STEPS = {10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800};
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private long step = 60;

    TimeAxis() {
        setAutoRanging(false);
        setMinorTickVisible(false);
    }

    /** Shows {@code from}..{@code to} (epoch seconds) with at most eight ticks. */
    void show(double from, double to) {
        double span = Math.max(1, to - from);
        step = STEPS[STEPS.length - 1];
        for (long s : STEPS) {
            if (span / s <= 8) {
                step = s;
                break;
            }
        }
        setLowerBound(from);
        setUpperBound(to);
        requestAxisLayout();
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] r = (double[]) range;
        setLowerBound(r[0]);
        setUpperBound(r[1]);
        currentLowerBound.set(r[0]);
        setScale(r[2]);
    }

    @Override
    protected Object getRange() {
        double length = getSide() != null && getSide().isVertical() ? getHeight() : getWidth();
        return new double[]{getLowerBound(), getUpperBound(), calculateNewScale(length, getLowerBound(), getUpperBound())};
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] r = (double[]) range;
        List<Number> ticks = new ArrayList<>();
        for (double t = Math.ceil(r[0] / step) * step; t <= r[1]; t += step) {
            ticks.add(t);
        }
        return ticks;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        Instant t = Instant.ofEpochSecond(value.longValue());
        DateTimeFormatter f = step < 60 ? SECONDS : step >= 21600 || getUpperBound() - getLowerBound() > 86400 ? DAYS : MINUTES;
        return f.format(t);
    }
}
