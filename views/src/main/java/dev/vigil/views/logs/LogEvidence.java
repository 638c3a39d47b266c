package dev.vigil.views.logs;

import dev.vigil.connectors.logs.LogHit;
import dev.vigil.connectors.logs.LogQuery;
import dev.vigil.views.common.EvidenceDraft;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A log search as incident evidence: the query, range and filters, and the first lines it matched. */
final class LogEvidence {

    static final int LINES = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private LogEvidence() {
    }

    static EvidenceDraft of(LogQuery query, String source, long total, List<LogHit> lines) {
        String text = query.text().isEmpty() ? "*" : query.text();
        String filters = (query.services().isEmpty() ? "all services" : "service " + String.join(", ", query.services()))
                + ", " + (query.levels().isEmpty() ? "all levels" : "level " + String.join(", ", query.levels()));
        String range = TIME.format(query.from()) + " → " + TIME.format(query.to());
        List<LogHit> first = lines.subList(0, Math.min(LINES, lines.size()));
        String summary = "Query " + text + " over " + range + " (" + filters + ") in " + source + ": "
                + total + " matching lines; the first " + first.size() + " are attached.";
        StringBuilder body = new StringBuilder();
        for (LogHit h : first) {
            body.append(line(h)).append('\n');
        }
        Map<String, String> attachments = new LinkedHashMap<>();
        attachments.put("lines.txt", body.toString());
        String ref = "logs:query=" + text + ";from=" + query.from() + ";to=" + query.to()
                + ";services=" + String.join(",", query.services()) + ";levels=" + String.join(",", query.levels());
        return new EvidenceDraft("log_query", "logs: " + abbreviate(text) + " (" + total + " lines)", summary, ref, attachments);
    }

    static String line(LogHit h) {
        return TIME.format(h.at()) + " " + nz(h.level()) + " " + nz(h.service()) + " " + nz(h.pod()) + " trace=" + nz(h.traceId())
                + " client=" + nz(h.clientId()) + " " + h.message();
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
