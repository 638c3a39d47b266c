package dev.vigil.incidents.report;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them on a timeline or a report: "45s", "12m 05s", "3h 20m", "2d 04h". */
public final class HumanDuration {

    private HumanDuration() {
    }

    /** Whole seconds; "-" for null. Negative durations (overdue) carry a leading minus. */
    public static String of(Duration d) {
        return d == null ? "-" : seconds(d.toMillis() / 1000.0);
    }

    /** Coarser, for ages in a list: "45s", "12m", "2h 40m", "3d 4h". */
    public static String compact(Duration d) {
        if (d == null) {
            return "-";
        }
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m";
        }
        if (s < 86_400) {
            return s / 3600 + "h " + s % 3600 / 60 + "m";
        }
        return s / 86_400 + "d " + s % 86_400 / 3600 + "h";
    }

    public static String seconds(Double seconds) {
        if (seconds == null) {
            return "-";
        }
        long s = Math.round(seconds);
        if (s < 0) {
            return "-" + seconds((double) -s);
        }
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        if (s < 86_400) {
            return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%dd %02dh", s / 86_400, s % 86_400 / 3600);
    }
}
