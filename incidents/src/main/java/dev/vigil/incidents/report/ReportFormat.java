package dev.vigil.incidents.report;

import java.util.Locale;

/** How a report is printed: the spec's JSON, a long CSV of figures, or an aligned table for a terminal. */
public enum ReportFormat {
    JSON, CSV, TEXT;

    public static ReportFormat parse(String text) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "' (expected json, csv or text)");
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
