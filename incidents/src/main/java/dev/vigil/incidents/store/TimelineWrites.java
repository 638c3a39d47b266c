package dev.vigil.incidents.store;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventStamp;
import dev.vigil.incidents.Lifecycle;
import dev.vigil.incidents.metrics.IncidentSpan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The SQL shared by every write that touches a timeline: insert an event, re-derive the incident's columns. */
final class TimelineWrites {

    private TimelineWrites() {
    }

    static long insertEvent(Connection c, String incidentId, NewEvent e, long recordedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO timeline_events "
                + "(incident_id, kind, occurred_at, author, body, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, incidentId);
            ps.setString(2, e.kind().key());
            ps.setLong(3, e.at().toEpochMilli());
            ps.setString(4, e.author());
            ps.setString(5, e.text());
            ps.setString(6, e.source().key());
            ps.setLong(7, recordedAt);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** An incident's lifecycle events keyed by event id, or an exception when the incident does not exist. */
    static List<StampRow> lifecycleStamps(Connection c, String incidentId) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM incidents WHERE id = ?")) {
            exists.setString(1, incidentId);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no incident '" + incidentId + "'");
                }
            }
        }
        List<StampRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, kind, occurred_at FROM timeline_events WHERE incident_id = ?")) {
            ps.setString(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EventKind kind = EventKind.parse(rs.getString(2));
                    if (kind.lifecycle()) {
                        rows.add(new StampRow(rs.getLong(1), new EventStamp(kind, rs.getLong(3))));
                    }
                }
            }
        }
        return rows;
    }

    static void requireValid(List<EventStamp> stamps) {
        Lifecycle.check(stamps).ifPresent(v -> {
            throw new TimelineRejectedException(v.reason());
        });
    }

    /** Keeps the incident's status and report columns in step with its timeline. */
    static void refreshDerived(Connection c, String incidentId, List<EventStamp> stamps) throws SQLException {
        IncidentSpan span = IncidentSpan.of(stamps);
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET status = ?, detected_at = ?, "
                + "impact_start_at = ?, downtime_end_at = ? WHERE id = ?")) {
            ps.setString(1, Lifecycle.status(stamps).key());
            ps.setLong(2, span.detected());
            ps.setLong(3, span.impactStart());
            if (span.downtimeEnd() == null) {
                ps.setNull(4, java.sql.Types.BIGINT);
            } else {
                ps.setLong(4, span.downtimeEnd());
            }
            ps.setString(5, incidentId);
            ps.executeUpdate();
        }
    }

    record StampRow(long eventId, EventStamp stamp) {
    }

    static List<EventStamp> stamps(List<StampRow> rows) {
        return rows.stream().map(StampRow::stamp).toList();
    }
}
