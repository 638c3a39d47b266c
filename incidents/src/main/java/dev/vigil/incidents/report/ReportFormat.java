package dev.vigil.incidents.report;

import dev.vigil.incidents.metrics.ReliabilityReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * How a report is written: the spec's JSON, a long CSV of figures, an aligned table for a terminal,
 * or a PDF to forward (binary: written to a file, never to a terminal).
 */
public enum ReportFormat {
    JSON, CSV, TEXT, PDF;

    public static ReportFormat parse(String text) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "' (expected json, csv, text or pdf)");
    }

    /** Whether the format is binary and so needs a file. */
    public boolean binary() {
        return this == PDF;
    }

    /** The whole report in this format, as bytes (UTF-8 for the text formats). */
    public byte[] render(ReliabilityReport report, Instant generatedAt) throws IOException {
        return switch (this) {
            case JSON -> (ReportJson.write(report) + "\n").getBytes(StandardCharsets.UTF_8);
            case CSV -> ReportCsv.write(report).getBytes(StandardCharsets.UTF_8);
            case TEXT -> ReportText.write(report).getBytes(StandardCharsets.UTF_8);
            case PDF -> ReportPdf.write(report, generatedAt);
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
