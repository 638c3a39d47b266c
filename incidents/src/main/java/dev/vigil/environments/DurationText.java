package dev.vigil.environments;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in the environments file: {@code 90s}, {@code 5m}, {@code 4h}, {@code 3d},
 * or ISO-8601 ({@code PT5M}) for anything else.
 */
public final class DurationText {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,12})\\s*([smhd])");

    private DurationText() {
    }

    /** Parses a duration; throws {@link IllegalArgumentException} with a message fit for the user. */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = SHORT.matcher(t.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        if (t.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return Duration.parse(t);
            } catch (DateTimeParseException e) {
                // falls through to the message below, which says what is accepted
            }
        }
        throw new IllegalArgumentException("cannot read duration '" + t + "' (expected e.g. 90s, 5m, 4h, 3d or PT1H30M)");
    }

    /** The shortest text {@link #parse} reads back to the same duration: 5m rather than 300s. */
    public static String format(Duration d) {
        long s = d.getSeconds();
        if (d.getNano() != 0 || s < 0 || s > 999_999_999_999L) {
            return d.toString();
        }
        if (s != 0 && s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s != 0 && s % 3_600 == 0) {
            return s / 3_600 + "h";
        }
        if (s != 0 && s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }
}
