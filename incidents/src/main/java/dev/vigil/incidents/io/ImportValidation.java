package dev.vigil.incidents.io;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.EventStamp;
import dev.vigil.incidents.Lifecycle;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.store.ImportedIncident;
import dev.vigil.incidents.store.NewEvent;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups an import's rows into incidents and applies the spec's rules to each: a bad incident is rejected
 * whole, naming the first offending row; the good ones go on (shared/specs/reliability-metrics.md, "Import format").
 */
final class ImportValidation {

    private ImportValidation() {
    }

    static ParsedImport validate(List<IncidentRow> rows, List<Rejection> earlier) {
        return validate(rows, earlier, Map.of());
    }

    /** @param tags each incident's tags by id, as a JSON export carries them */
    static ParsedImport validate(List<IncidentRow> rows, List<Rejection> earlier, Map<String, List<String>> tags) {
        Map<String, List<IncidentRow>> byIncident = new LinkedHashMap<>();
        List<Rejection> rejections = new ArrayList<>(earlier);
        for (IncidentRow row : rows) {
            if (row.incidentId() == null || row.incidentId().isBlank()) {
                rejections.add(new Rejection(row.where(), null, "empty incident_id"));
            } else {
                byIncident.computeIfAbsent(row.incidentId().trim(), k -> new ArrayList<>()).add(row);
            }
        }
        List<ImportedIncident> good = new ArrayList<>(byIncident.size());
        byIncident.forEach((id, list) -> {
            try {
                good.add(incident(id, list, tags.getOrDefault(id, List.of())));
            } catch (RowException e) {
                rejections.add(new Rejection(e.row.where(), id, e.getMessage()));
            }
        });
        return new ParsedImport(good, rejections);
    }

    private static ImportedIncident incident(String id, List<IncidentRow> rows, List<String> tags) throws RowException {
        IncidentRow first = rows.getFirst();
        List<NewEvent> events = new ArrayList<>(rows.size());
        List<EventStamp> stamps = new ArrayList<>(rows.size());
        for (IncidentRow row : rows) {
            if (row.problem() != null) {
                throw new RowException(row, row.problem());
            }
        }
        for (IncidentRow row : rows) {
            agree(row, "service", first.service(), row.service());
            agree(row, "severity", first.severity(), row.severity());
            agree(row, "title", first.title(), row.title());
            NewEvent e = event(row);
            events.add(e);
            stamps.add(EventStamp.of(e.kind(), e.at()));
        }
        Severity severity = parse(first, () -> Severity.parse(first.severity()));
        if (first.service() == null || first.service().isBlank()) {
            throw new RowException(first, "empty service");
        }
        var violation = Lifecycle.check(stamps);
        if (violation.isPresent()) {
            IncidentRow at = violation.get().index() < 0 ? first : rows.get(violation.get().index());
            throw new RowException(at, violation.get().reason());
        }
        return new ImportedIncident(id, first.title() == null ? "" : first.title(), first.service().trim(), severity,
                blankToNull(first.environment()), events, tags);
    }

    private static NewEvent event(IncidentRow row) throws RowException {
        EventKind kind = parse(row, () -> EventKind.parse(row.event()));
        Instant at = parse(row, () -> instant(row.at()));
        EventSource source = row.source() == null || row.source().isBlank() ? EventSource.MANUAL
                : parse(row, () -> EventSource.parse(row.source()));
        return new NewEvent(kind, at, blankToNull(row.author()), blankToNull(row.text()), source);
    }

    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text == null ? "" : text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unparseable instant '" + text
                    + "' (expected ISO-8601 with an offset or Z, e.g. 2026-03-01T10:15:00Z)");
        }
    }

    private static void agree(IncidentRow row, String column, String expected, String actual) throws RowException {
        if (!Objects.equals(norm(expected), norm(actual))) {
            throw new RowException(row, column + " '" + norm(actual) + "' disagrees with '" + norm(expected)
                    + "' on the incident's first row");
        }
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(IncidentRow row, Parse<T> parse) throws RowException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new RowException(row, e.getMessage());
        }
    }

    private static final class RowException extends Exception {
        final transient IncidentRow row;

        RowException(IncidentRow row, String message) {
            super(message, null, false, false);
            this.row = row;
        }
    }
}
