package dev.vigil.incidents.store;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventStamp;
import dev.vigil.incidents.Lifecycle;
import dev.vigil.incidents.Role;
import dev.vigil.incidents.metrics.IncidentSpan;


import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stores whole incidents with batched statements in the caller's transaction. Incident ids are the keys:
 * an id already present is skipped, so importing a file twice stores nothing new. Writers are serialised
 * (SQLite's write lock, PostgreSQL's revision row), so the check for present ids cannot race.
 */
final class BulkImport {

    private static final int CHUNK = 500;

    private BulkImport() {
    }

    static ImportOutcome store(Connection c, Collection<ImportedIncident> incidents, long now) throws SQLException {
        Set<String> present = presentIds(c, incidents.stream().map(ImportedIncident::id).toList());
        List<ImportedIncident> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ImportedIncident i : incidents) {
            if (!present.contains(i.id()) && seen.add(i.id())) {
                fresh.add(i);
            }
        }
        int events = 0;
        try (PreparedStatement inc = c.prepareStatement("INSERT INTO incidents (id, title, service, severity, environment, "
                + "status, detected_at, impact_start_at, downtime_end_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement ev = c.prepareStatement("INSERT INTO timeline_events "
                     + "(incident_id, kind, occurred_at, author, body, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (ImportedIncident i : fresh) {
                List<EventStamp> stamps = i.events().stream().map(e -> EventStamp.of(e.kind(), e.at())).toList();
                IncidentSpan span = IncidentSpan.of(stamps);
                inc.setString(1, i.id());
                inc.setString(2, i.title());
                inc.setString(3, i.service());
                inc.setString(4, i.severity().name());
                inc.setString(5, i.environment());
                inc.setString(6, Lifecycle.status(stamps).key());
                inc.setLong(7, span.detected());
                inc.setLong(8, span.impactStart());
                if (span.downtimeEnd() == null) {
                    inc.setNull(9, Types.BIGINT);
                } else {
                    inc.setLong(9, span.downtimeEnd());
                }
                inc.setLong(10, now);
                inc.addBatch();
                for (NewEvent e : i.events()) {
                    ev.setString(1, i.id());
                    ev.setString(2, e.kind().key());
                    ev.setLong(3, e.at().toEpochMilli());
                    ev.setString(4, e.author());
                    ev.setString(5, e.text());
                    ev.setString(6, e.source().key());
                    ev.setLong(7, now);
                    ev.addBatch();
                    events++;
                }
            }
            inc.executeBatch();
            ev.executeBatch();
        }
        storeRoles(c, fresh);
        storeTags(c, fresh);
        return new ImportOutcome(fresh.size(), events, incidents.size() - fresh.size());
    }

    /**
     * The roles an imported timeline hands out: each role_assigned event reads "role: person", as the
     * store writes them; the latest assignment of a role wins. So export → import keeps who held what.
     */
    private static void storeRoles(Connection c, List<ImportedIncident> incidents) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_roles (incident_id, role, person, assigned_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (incident_id, role) DO UPDATE SET person = excluded.person, "
                + "assigned_at = excluded.assigned_at")) {
            boolean any = false;
            for (ImportedIncident i : incidents) {
                Map<Role, NewEvent> latest = new EnumMap<>(Role.class);
                Map<Role, String> holder = new EnumMap<>(Role.class);
                for (NewEvent e : i.events()) {
                    Matcher m = e.kind() == EventKind.ROLE_ASSIGNED && e.text() != null ? ROLE_TEXT.matcher(e.text().strip()) : null;
                    if (m == null || !m.matches()) {
                        continue;
                    }
                    Role role = Role.parse(m.group(1));
                    NewEvent previous = latest.get(role);
                    if (previous == null || !e.at().isBefore(previous.at())) {
                        latest.put(role, e);
                        holder.put(role, m.group(2).strip());
                    }
                }
                for (Map.Entry<Role, String> r : holder.entrySet()) {
                    ps.setString(1, i.id());
                    ps.setString(2, r.getKey().key());
                    ps.setString(3, r.getValue());
                    ps.setLong(4, latest.get(r.getKey()).at().toEpochMilli());
                    ps.addBatch();
                    any = true;
                }
            }
            if (any) {
                ps.executeBatch();
            }
        }
    }

    private static void storeTags(Connection c, List<ImportedIncident> incidents) throws SQLException {
        if (incidents.stream().allMatch(i -> i.tags().isEmpty())) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO incident_tags (incident_id, tag) VALUES (?, ?) ON CONFLICT (incident_id, tag) DO NOTHING")) {
            for (ImportedIncident i : incidents) {
                for (String tag : i.tags()) {
                    ps.setString(1, i.id());
                    ps.setString(2, tag);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static final Pattern ROLE_TEXT = Pattern.compile("(?i)(commander|communications|operations|scribe):\\s*(.+)");

    private static Set<String> presentIds(Connection c, List<String> ids) throws SQLException {
        Set<String> present = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            IncidentReader.forRows(c, "SELECT id FROM incidents WHERE id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", chunk, rs -> present.add(rs.getString(1)));
        }
        return present;
    }
}
