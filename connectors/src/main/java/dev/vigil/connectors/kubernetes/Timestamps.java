package dev.vigil.connectors.kubernetes;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads the API's timestamps. Kubernetes writes them in one shape, RFC 3339 in UTC
 * ({@code 2026-11-22T09:14:03Z}, events' micro-times with a fraction), which is read here digit by
 * digit: {@link Instant#parse} goes through a general formatter that cost more than the rest of a
 * pod's conversion together. Anything else still goes to {@code Instant.parse}.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * The kubelet's timestamp at the start of a log line asked for with {@code timestamps=true}
     * ({@code 2026-11-22T09:14:03.123456789Z message}), or null when the line has none.
     */
    public static Instant ofLogLine(String line) {
        int space = line.indexOf(' ');
        return space > 0 ? parse(line.substring(0, space)) : null;
    }

    /** The instant, or null for null, blank or unreadable text. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant fast = utc(text);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** yyyy-MM-ddTHH:mm:ss[.fraction]Z, else null. */
    private static Instant utc(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        long nanos = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n - 21 > 9 || n - 21 < 1) {
                return null;
            }
            int fraction = digits(s, 20, n - 21);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = n - 21; i < 9; i++) {
                nanos *= 10;
            }
        }
        return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
