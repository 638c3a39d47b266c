package dev.vigil.views.incidents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instants as a responder types them, in UTC like every timeline: "now", "-15m" (fifteen minutes ago),
 * "09:52" (today), "2026-11-22 09:52", or ISO-8601 with an offset. Back-dating is common
 * ("impact actually started at 09:52"), so the short forms matter.
 */
public final class InstantText {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern AGO = Pattern.compile("-\\s*(\\d+)\\s*([smhd])");

    private InstantText() {
    }

    /** How an instant is shown in fields: "2026-11-22 09:52:00" (UTC). */
    public static String format(Instant instant) {
        return SHOWN.format(instant);
    }

    /** Parses a typed instant relative to {@code now}; throws {@link IllegalArgumentException} saying what is accepted. */
    public static Instant parse(String text, Instant now) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("now")) {
            return now;
        }
        Matcher ago = AGO.matcher(t.toLowerCase(Locale.ROOT));
        if (ago.matches()) {
            long n = Long.parseLong(ago.group(1));
            Duration d = switch (ago.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            return now.minus(d);
        }
        try {
            if (t.length() <= 8 && t.contains(":")) {
                LocalTime time = LocalTime.parse(t.length() == 4 ? "0" + t : t);
                return LocalDate.ofInstant(now, ZoneOffset.UTC).atTime(time).toInstant(ZoneOffset.UTC);
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
            }
            String iso = t.replace(' ', 'T');
            if (iso.length() == 16) {
                iso += ":00";
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a time: use now, -15m, 09:52, 2026-11-22 09:52 (UTC) or ISO-8601");
        }
    }
}
