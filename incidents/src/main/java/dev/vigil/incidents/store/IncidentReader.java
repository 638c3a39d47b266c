package dev.vigil.incidents.store;

import dev.vigil.incidents.Evidence;
import dev.vigil.incidents.EvidenceKind;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.IncidentStatus;
import dev.vigil.incidents.Role;
import dev.vigil.incidents.Severity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads incidents with their roles, tags and evidence; the roles and the rest are fetched in batches, not per incident. */
final class IncidentReader {

    private static final String COLUMNS = "id, title, service, severity, environment, status, detected_at";
    private static final int CHUNK = 500;

    private IncidentReader() {
    }

    static List<Incident> list(Connection c, IncidentQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM incidents WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        in(sql, args, "service", q.services());
        in(sql, args, "severity", q.severities().stream().map(Severity::name).toList());
        in(sql, args, "status", q.statuses().stream().map(IncidentStatus::key).toList());
        if (q.detectedFrom() != null) {
            sql.append(" AND detected_at >= ?");
            args.add(q.detectedFrom().toEpochMilli());
        }
        if (q.detectedTo() != null) {
            sql.append(" AND detected_at < ?");
            args.add(q.detectedTo().toEpochMilli());
        }
        sql.append(" ORDER BY detected_at DESC, id LIMIT ").append(q.limit());
        return query(c, sql.toString(), args);
    }

    static List<Incident> query(Connection c, String sql, List<Object> args) throws SQLException {
        Map<String, Incident> bare = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long detected = rs.getLong(7);
                    bare.put(rs.getString(1), new Incident(rs.getString(1), rs.getString(2), rs.getString(3),
                            Severity.valueOf(rs.getString(4)), rs.getString(5), IncidentStatus.parse(rs.getString(6)),
                            rs.wasNull() || detected < 0 ? null : Instant.ofEpochMilli(detected), null, null, null));
                }
            }
        }
        return withDetails(c, bare);
    }

    private static List<Incident> withDetails(Connection c, Map<String, Incident> bare) throws SQLException {
        Map<String, Map<Role, String>> roles = new HashMap<>();
        Map<String, List<String>> tags = new HashMap<>();
        Map<String, List<Evidence>> evidence = new HashMap<>();
        List<String> ids = new ArrayList<>(bare.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            forRows(c, "SELECT incident_id, role, person FROM incident_roles WHERE incident_id IN (" + marks + ")", chunk,
                    rs -> roles.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Role.class))
                            .put(Role.parse(rs.getString(2)), rs.getString(3)));
            forRows(c, "SELECT incident_id, tag FROM incident_tags WHERE incident_id IN (" + marks + ") ORDER BY tag", chunk,
                    rs -> tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
            forRows(c, "SELECT id, incident_id, kind, title, summary, source_ref, pinned_at, pinned_by FROM evidence "
                    + "WHERE incident_id IN (" + marks + ") ORDER BY pinned_at, id", chunk,
                    rs -> evidence.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(evidence(rs)));
        }
        List<Incident> result = new ArrayList<>(bare.size());
        for (Incident i : bare.values()) {
            result.add(new Incident(i.id(), i.title(), i.service(), i.severity(), i.environment(), i.status(),
                    i.detectedAt(), roles.get(i.id()), tags.get(i.id()), evidence.get(i.id())));
        }
        return result;
    }

    static Evidence evidence(ResultSet rs) throws SQLException {
        return new Evidence(rs.getLong(1), rs.getString(2), EvidenceKind.parse(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)), rs.getString(8));
    }

    interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    static void forRows(Connection c, String sql, List<?> args, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
        }
    }

    private static void in(StringBuilder sql, List<Object> args, String column, java.util.Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (")
                .append(String.join(", ", java.util.Collections.nCopies(values.size(), "?"))).append(')');
        args.addAll(Set.copyOf(values));
    }
}
