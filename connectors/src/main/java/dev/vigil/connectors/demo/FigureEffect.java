package dev.vigil.connectors.demo;

import java.time.Duration;

/**
 * A drill's push on one figure of some pods: from {@code from} into the drill the figure is multiplied
 * by a factor that ramps from 1 to {@code factor} over {@code ramp}. With a {@code period}, the push
 * is a sawtooth instead (a leak that climbs to the factor over each period and starts again, as a
 * container's memory does between OOM kills).
 */
public record FigureEffect(PodScope scope, FleetFigure figure, double factor, Duration from, Duration ramp, Duration period) {

    public FigureEffect {
        ramp = ramp == null || ramp.isNegative() ? Duration.ZERO : ramp;
        period = period == null || period.isZero() || period.isNegative() ? null : period;
    }

    public static FigureEffect ramp(PodScope scope, FleetFigure figure, double factor, Duration from, Duration ramp) {
        return new FigureEffect(scope, figure, factor, from, ramp, null);
    }

    public static FigureEffect sawtooth(PodScope scope, FleetFigure figure, double factor, Duration from, Duration period) {
        return new FigureEffect(scope, figure, factor, from, Duration.ZERO, period);
    }

    /** The multiplier {@code elapsedMs} of drill time in (drill time: already scaled by the drill's speed). */
    double multiplier(double elapsedMs) {
        double since = elapsedMs - from.toMillis();
        if (since < 0) {
            return 1;
        }
        double share;
        if (period != null) {
            share = (since % period.toMillis()) / period.toMillis();
        } else {
            share = ramp.isZero() ? 1 : Math.min(1, since / ramp.toMillis());
        }
        return 1 + (factor - 1) * share;
    }
}
