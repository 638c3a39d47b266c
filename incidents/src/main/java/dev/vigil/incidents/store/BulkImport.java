package dev.vigil.incidents.store;

import dev.vigil.incidents.EventStamp;
import dev.vigil.incidents.Lifecycle;
import dev.vigil.incidents.metrics.IncidentSpan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        return new ImportOutcome(fresh.size(), events, incidents.size() - fresh.size());
    }

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
