package dev.vigil.incidents.store;

import dev.vigil.incidents.EventEdit;
import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.TimelineEvent;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads timelines with their edit history, for one incident or for every incident a condition picks. */
final class TimelineReader {

    private static final String EVENT_COLUMNS = "e.id, e.incident_id, e.kind, e.occurred_at, e.author, e.body, e.source";

    private TimelineReader() {
    }

    static List<TimelineEvent> timeline(Connection c, String incidentId) throws SQLException {
        return timelines(c, "e.incident_id = ?", List.of(incidentId)).getOrDefault(incidentId, List.of());
    }

    /** Timelines keyed by incident id, each in timeline order; {@code where} is over {@code e} (events) and {@code i} (incidents). */
    static Map<String, List<TimelineEvent>> timelines(Connection c, String where, List<?> args) throws SQLException {
        Map<Long, List<EventEdit>> edits = new HashMap<>();
        IncidentReader.forRows(c, "SELECT x.event_id, x.previous_at, x.new_at, x.edited_by, x.edited_at FROM event_edits x "
                        + "JOIN timeline_events e ON e.id = x.event_id JOIN incidents i ON i.id = e.incident_id WHERE "
                        + where + " ORDER BY x.id", args,
                rs -> edits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new EventEdit(
                        Instant.ofEpochMilli(rs.getLong(2)), Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5)))));
        Map<String, List<TimelineEvent>> byIncident = new HashMap<>();
        IncidentReader.forRows(c, "SELECT " + EVENT_COLUMNS + " FROM timeline_events e JOIN incidents i ON i.id = e.incident_id WHERE "
                        + where, args,
                rs -> byIncident.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new TimelineEvent(
                        rs.getLong(1), rs.getString(2), EventKind.parse(rs.getString(3)),
                        Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), rs.getString(6),
                        EventSource.parse(rs.getString(7)), edits.get(rs.getLong(1)))));
        byIncident.values().forEach(list -> list.sort(TimelineEvent.TIMELINE_ORDER));
        return byIncident;
    }

    static TimelineEvent event(Connection c, long eventId) throws SQLException {
        Map<String, List<TimelineEvent>> found = timelines(c, "e.id = ?", List.of(eventId));
        return found.values().stream().flatMap(List::stream).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no timeline event " + eventId));
    }
}
