package dev.vigil.incidents.store;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventStamp;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.metrics.IncidentFacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads only what a report window needs, in one indexed query: incidents detected in the window, and
 * outage incidents detected before {@code to} whose last downtime interval ends after {@code from} or is
 * still open (the stored {@code downtime_end_at}, a superset of what the report counts). Only lifecycle
 * events before {@code to} come back; the figures are then computed in Java.
 */
final class ReportCandidates {

    /** A condition on {@code incidents i}, with one parameter: the drill tag. */
    static final String NOT_A_DRILL = "NOT EXISTS (SELECT 1 FROM incident_tags t WHERE t.incident_id = i.id AND t.tag = ?)";

    private static final String LIFECYCLE_KINDS = "'impact_started', 'detected', 'acknowledged', 'contained', 'resolved', 'reopened'";

    private ReportCandidates() {
    }

    static List<IncidentFacts> load(Connection c, long from, long to, Set<Severity> outage, boolean includeDrills) throws SQLException {
        String outageMarks = String.join(", ", Collections.nCopies(Math.max(1, outage.size()), "?"));
        String sql = "SELECT i.id, i.service, i.severity, e.kind, e.occurred_at FROM incidents i "
                + "JOIN timeline_events e ON e.incident_id = i.id "
                + "WHERE e.occurred_at < ? AND e.kind IN (" + LIFECYCLE_KINDS + ") AND ("
                + "(i.detected_at >= ? AND i.detected_at < ?) OR (i.severity IN (" + outageMarks + ") "
                + "AND i.detected_at < ? AND (i.downtime_end_at IS NULL OR i.downtime_end_at > ?)))"
                + (includeDrills ? "" : " AND " + NOT_A_DRILL);
        Map<String, Builder> byId = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            ps.setLong(p++, to);
            ps.setLong(p++, from);
            ps.setLong(p++, to);
            if (outage.isEmpty()) {
                ps.setString(p++, "");
            }
            for (Severity s : outage) {
                ps.setString(p++, s.name());
            }
            ps.setLong(p++, to);
            ps.setLong(p++, from);
            if (!includeDrills) {
                ps.setString(p, Incident.DRILL_TAG);
            }
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Builder b = byId.get(id);
                    if (b == null) {
                        b = new Builder(rs.getString(2), Severity.valueOf(rs.getString(3)));
                        byId.put(id, b);
                    }
                    b.events.add(new EventStamp(EventKind.parse(rs.getString(4)), rs.getLong(5)));
                }
            }
        }
        List<IncidentFacts> facts = new ArrayList<>(byId.size());
        byId.forEach((id, b) -> facts.add(new IncidentFacts(id, b.service, b.severity, b.events)));
        return facts;
    }

    private static final class Builder {
        final String service;
        final Severity severity;
        final List<EventStamp> events = new ArrayList<>(8);

        Builder(String service, Severity severity) {
            this.service = service;
            this.severity = severity;
        }
    }
}
