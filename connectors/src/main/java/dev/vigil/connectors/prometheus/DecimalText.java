package dev.vigil.connectors.prometheus;

import java.util.Locale;

/**
 * Numbers as fixed-point text, like {@code String.format("%.2f")} without its cost: the formatter parses
 * its pattern on every call, and tiles format a few hundred numbers a second.
 */
public final class DecimalText {

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private DecimalText() {
    }

    /** {@code v} with {@code decimals} digits after the point, rounded half up; no minus sign on a zero. */
    public static String fixed(double v, int decimals) {
        if (decimals < 0 || decimals >= POWERS.length || !(Math.abs(v) < 1e12)) {
            return String.format(Locale.ROOT, "%." + Math.max(0, decimals) + "f", v);
        }
        long scale = POWERS[decimals];
        long n = Math.round(Math.abs(v) * scale);
        StringBuilder b = new StringBuilder(20);
        if (v < 0 && n != 0) {
            b.append('-');
        }
        b.append(n / scale);
        if (decimals > 0) {
            String fraction = Long.toString(n % scale);
            b.append('.');
            for (int i = fraction.length(); i < decimals; i++) {
                b.append('0');
            }
            b.append(fraction);
        }
        return b.toString();
    }
}
