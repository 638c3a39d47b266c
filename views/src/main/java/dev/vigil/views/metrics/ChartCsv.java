package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.Series;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A chart's values as CSV text, one row per timestamp and one column per line, so pinned evidence
 * keeps the numbers themselves (the incident outlives Prometheus' retention).
 */
final class ChartCsv {

    private ChartCsv() {
    }

    static String of(List<Series> lines) {
        TreeMap<Long, String[]> rows = new TreeMap<>();
        StringBuilder csv = new StringBuilder("time");
        for (int i = 0; i < lines.size(); i++) {
            csv.append(',').append(quote(lines.get(i).displayName()));
            Series s = lines.get(i);
            for (int j = 0; j < s.size(); j++) {
                rows.computeIfAbsent(s.times()[j], t -> new String[lines.size()])[i] = number(s.values()[j]);
            }
        }
        csv.append('\n');
        rows.forEach((time, values) -> {
            csv.append(Instant.ofEpochMilli(time));
            for (String v : values) {
                csv.append(',').append(v == null ? "" : v);
            }
            csv.append('\n');
        });
        return csv.toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
