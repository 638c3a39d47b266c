package dev.vigil.connectors.prometheus;

import java.util.Locale;

/**
 * How a tile's number reads. Queries return natural units (seconds, bytes, a 0–1 ratio); the unit turns
 * them into what an operator scans for: "182 ms", "1.4 GiB", "2.3 %".
 */
public enum MetricUnit {
    REQUESTS_PER_MINUTE("req/min"),
    ERRORS_PER_MINUTE("err/min"),
    SECONDS("s"),
    RATIO("%"),
    CORES("cores"),
    BYTES("B"),
    NONE("");

    private final String symbol;

    MetricUnit(String symbol) {
        this.symbol = symbol;
    }

    /** A number and its unit, ready to show side by side. */
    public record Reading(String number, String unit) {
        @Override
        public String toString() {
            return unit.isEmpty() ? number : number + " " + unit;
        }
    }

    /** The unit named in the environments file ({@code <key>.unit}); free text stays as a label. */
    public static MetricUnit parse(String text) {
        if (text == null) {
            return NONE;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "req/min", "rpm", "requests_per_minute" -> REQUESTS_PER_MINUTE;
            case "err/min", "errors_per_minute" -> ERRORS_PER_MINUTE;
            case "s", "seconds" -> SECONDS;
            case "ratio", "percent" -> RATIO;
            case "cores" -> CORES;
            case "bytes", "b" -> BYTES;
            default -> NONE;
        };
    }

    public String symbol() {
        return symbol;
    }

    public Reading format(double value) {
        if (Double.isNaN(value)) {
            return new Reading("—", symbol);
        }
        if (Double.isInfinite(value)) {
            return new Reading(value > 0 ? "∞" : "-∞", symbol);
        }
        return switch (this) {
            case SECONDS -> Math.abs(value) < 1
                    ? new Reading(number(value * 1000), "ms")
                    : new Reading(number(value), "s");
            case RATIO -> new Reading(number(value * 100), "%");
            case BYTES -> bytes(value);
            default -> new Reading(number(value), symbol);
        };
    }

    /** Three significant digits at most, no exponent: 0.0123, 1.23, 12.3, 123, 1234. */
    static String number(double v) {
        double a = Math.abs(v);
        String s = a == 0 || a >= 100 ? DecimalText.fixed(v, 0) : a >= 10 ? DecimalText.fixed(v, 1) : a >= 1 ? DecimalText.fixed(v, 2)
                : a >= 0.01 ? DecimalText.fixed(v, 3) : String.format(Locale.ROOT, "%.2g", v);
        if (s.indexOf('.') < 0 || s.indexOf('e') >= 0) {
            return s;
        }
        // Trailing zeros go, then a bare point: "1.50" → "1.5", "2.00" → "2". (No regex: 48 tiles a second.)
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    private static Reading bytes(double v) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int i = 0;
        double x = v;
        while (Math.abs(x) >= 1024 && i < units.length - 1) {
            x /= 1024;
            i++;
        }
        return new Reading(number(x), units[i]);
    }
}
