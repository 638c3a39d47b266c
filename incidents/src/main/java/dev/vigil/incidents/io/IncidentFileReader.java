package dev.vigil.incidents.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an import file: the spec's CSV ({@code incident_id,service,severity,title,event,at}, plus the
 * optional {@code author,text,source} columns that export adds) or the JSON that {@code export} writes.
 */
public final class IncidentFileReader {

    static final List<String> REQUIRED = List.of("incident_id", "service", "severity", "title", "event", "at");
    static final List<String> OPTIONAL = List.of("author", "text", "source");

    private IncidentFileReader() {
    }

    /** Throws {@link IOException} for an unreadable file and {@link IllegalArgumentException} for one that is not an import file at all. */
    public static ParsedImport read(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return readJson(file);
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCsv(in);
        }
    }

    static ParsedImport readCsv(Reader reader) throws IOException {
        CsvRecords records = new CsvRecords(reader);
        CsvRecords.CsvRecord header = records.next();
        if (header == null) {
            throw new IllegalArgumentException("the file is empty (expected a header line: " + String.join(",", REQUIRED) + ")");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
            columns.put(i == 0 ? name.replace("\uFEFF", "") : name, i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("line " + header.line() + ": the header lacks " + String.join(", ", missing)
                    + " (expected " + String.join(",", REQUIRED) + ")");
        }
        int width = header.fields().size();
        List<IncidentRow> rows = new ArrayList<>();
        for (CsvRecords.CsvRecord r = records.next(); r != null; r = records.next()) {
            String where = "line " + r.line();
            List<String> f = r.fields();
            if (f.size() != width) {
                String id = f.size() > columns.get("incident_id") ? f.get(columns.get("incident_id")).trim() : null;
                rows.add(IncidentRow.malformed(where, id, "expected " + width + " fields, found " + f.size()));
                continue;
            }
            rows.add(new IncidentRow(where, f.get(columns.get("incident_id")).trim(), f.get(columns.get("service")),
                    f.get(columns.get("severity")), f.get(columns.get("title")), f.get(columns.get("event")),
                    f.get(columns.get("at")), optional(f, columns, "author"), optional(f, columns, "text"),
                    optional(f, columns, "source"), null, null));
        }
        return ImportValidation.validate(rows, List.of());
    }

    private static String optional(List<String> fields, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null ? null : fields.get(i);
    }

    static ParsedImport readJson(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode incidents = root == null ? null : root.get("incidents");
        if (incidents == null || !incidents.isArray()) {
            throw new IllegalArgumentException("not a Vigil export: no \"incidents\" array");
        }
        List<IncidentRow> rows = new ArrayList<>();
        java.util.Map<String, List<String>> tags = new java.util.HashMap<>();
        int n = 0;
        for (JsonNode inc : incidents) {
            String where = "incident #" + (++n);
            String id = text(inc, "id");
            JsonNode tagList = inc.get("tags");
            if (id != null && tagList != null && tagList.isArray()) {
                List<String> own = new ArrayList<>();
                tagList.forEach(t -> {
                    if (t.isTextual() && !t.asText().isBlank()) {
                        own.add(t.asText().strip());
                    }
                });
                tags.put(id.trim(), own);
            }
            JsonNode events = inc.get("events");
            if (events == null || !events.isArray() || events.isEmpty()) {
                rows.add(IncidentRow.malformed(where, id, "no events"));
                continue;
            }
            for (JsonNode e : events) {
                rows.add(new IncidentRow(where, id, text(inc, "service"), text(inc, "severity"), text(inc, "title"),
                        text(e, "event"), text(e, "at"), text(e, "author"), text(e, "text"), text(e, "source"),
                        text(inc, "environment"), null));
            }
        }
        return ImportValidation.validate(rows, List.of(), tags);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
