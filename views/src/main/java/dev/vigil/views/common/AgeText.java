package dev.vigil.views.common;

import java.time.Duration;
import java.time.Instant;

/** Ages as kubectl prints them: "42s", "17m", "5h12m", "3d4h", "210d". */
public final class AgeText {

    private AgeText() {
    }

    public static String of(Instant since, Instant now) {
        if (since == null) {
            return "";
        }
        long s = Math.max(0, Duration.between(since, now).getSeconds());
        if (s < 120) {
            return s + "s";
        }
        long m = s / 60;
        if (m < 60) {
            return m + "m";
        }
        long h = m / 60;
        if (h < 24) {
            return h + "h" + (m % 60 == 0 || h >= 10 ? "" : (m % 60) + "m");
        }
        long d = h / 24;
        return d + "d" + (h % 24 == 0 || d >= 10 ? "" : (h % 24) + "h");
    }
}
