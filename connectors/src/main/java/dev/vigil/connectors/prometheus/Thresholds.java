package dev.vigil.connectors.prometheus;

/**
 * A tile's warn and critical levels (either may be null). When warn is above critical, lower is worse
 * (an availability or a throughput floor); otherwise higher is worse (latency, errors, saturation).
 */
public record Thresholds(Double warn, Double critical) {

    public static final Thresholds NONE = new Thresholds(null, null);

    public enum Level { NONE, OK, WARN, CRITICAL }

    public boolean lowerIsWorse() {
        return warn != null && critical != null && warn > critical;
    }

    public boolean isEmpty() {
        return warn == null && critical == null;
    }

    public Level level(double value) {
        if (isEmpty() || Double.isNaN(value)) {
            return Level.NONE;
        }
        boolean low = lowerIsWorse();
        if (critical != null && (low ? value <= critical : value >= critical)) {
            return Level.CRITICAL;
        }
        if (warn != null && (low ? value <= warn : value >= warn)) {
            return Level.WARN;
        }
        return Level.OK;
    }
}
