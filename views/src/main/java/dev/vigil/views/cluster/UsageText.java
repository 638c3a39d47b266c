package dev.vigil.views.cluster;

import java.util.Locale;

/** CPU and memory as {@code kubectl top} prints them: "250m" / "1.25" cores, "512Mi" / "1.4Gi". */
final class UsageText {

    private static final double MI = 1024 * 1024;
    private static final double GI = MI * 1024;

    private UsageText() {
    }

    static String cpu(double cores) {
        if (Double.isNaN(cores)) {
            return "";
        }
        if (cores < 1) {
            return Math.max(0, Math.round(cores * 1000)) + "m";
        }
        return String.format(Locale.ROOT, "%.2f", cores);
    }

    static String memory(double bytes) {
        if (Double.isNaN(bytes)) {
            return "";
        }
        if (bytes < GI) {
            return Math.max(0, Math.round(bytes / MI)) + "Mi";
        }
        return String.format(Locale.ROOT, "%.1fGi", bytes / GI);
    }
}
