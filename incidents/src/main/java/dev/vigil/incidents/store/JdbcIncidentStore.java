package dev.vigil.incidents.store;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.EventStamp;
import dev.vigil.incidents.Evidence;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.Role;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.TimelineEvent;
import dev.vigil.incidents.metrics.IncidentFacts;
import org.flywaydb.core.api.FlywayException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/** The incident store over JDBC: SQLite (embedded default) or PostgreSQL (team mode), schema by Flyway. */
public final class JdbcIncidentStore implements IncidentStore {

    private final Database db;
    private final Clock clock;

    private JdbcIncidentStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Opens the store, creating or migrating its schema first. */
    public static JdbcIncidentStore open(StoreLocation location) {
        return open(location, Clock.systemUTC());
    }

    public static JdbcIncidentStore open(StoreLocation location, Clock clock) {
        return open(location, clock, StoreListener.NONE);
    }

    /** Opens the store; {@code listener} hears how long each transaction took (Vigil's own metrics). */
    public static JdbcIncidentStore open(StoreLocation location, Clock clock, StoreListener listener) {
        try {
            Database.ensureFolder(location);
            migrate(location);
            return new JdbcIncidentStore(Database.open(location, listener), clock);
        } catch (SQLException | FlywayException e) {
            throw new StoreException("cannot open incident store " + location + ": " + rootMessage(e), e);
        }
    }

    /**
     * Flyway takes no lock on SQLite: two processes opening a brand-new file at once can both try to
     * create the schema, and the loser fails. A moment later the winner has finished and a retry finds
     * the schema in place.
     */
    private static void migrate(StoreLocation location) {
        for (int attempt = 1; ; attempt++) {
            try {
                SchemaMigrations.migrate(location);
                return;
            } catch (FlywayException e) {
                if (location.kind() != StoreLocation.Kind.SQLITE || attempt == 10) {
                    throw e;
                }
                for (int i = 0; i < 10; i++) {
                    BusyRetry.pause(20);
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return m.lines().findFirst().orElse(m).trim();
    }

    @Override
    public Incident declare(NewIncident n) {
        return declare(n, null, null);
    }

    @Override
    public Incident declare(NewIncident n, Instant impactStartedAt, String commander) {
        String id = n.id() != null ? n.id() : "INC-" + UUID.randomUUID().toString().substring(0, 8);
        db.write(c -> {
            if (!IncidentReader.query(c, "SELECT id, title, service, severity, environment, status, detected_at "
                    + "FROM incidents WHERE id = ?", List.of(id)).isEmpty()) {
                throw new IllegalArgumentException("incident '" + id + "' exists already");
            }
            long now = clock.millis();
            List<EventStamp> stamps = new ArrayList<>();
            stamps.add(EventStamp.of(EventKind.DETECTED, n.detectedAt()));
            if (impactStartedAt != null) {
                stamps.add(EventStamp.of(EventKind.IMPACT_STARTED, impactStartedAt));
            }
            TimelineWrites.requireValid(stamps);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO incidents (id, title, service, severity, "
                    + "environment, status, created_at) VALUES (?, ?, ?, ?, ?, 'investigating', ?)")) {
                ps.setString(1, id);
                ps.setString(2, n.title());
                ps.setString(3, n.service());
                ps.setString(4, n.severity().name());
                ps.setString(5, n.environment());
                ps.setLong(6, now);
                ps.executeUpdate();
            }
            for (String tag : n.tags()) {
                insertTag(c, id, tag);
            }
            if (impactStartedAt != null) {
                TimelineWrites.insertEvent(c, id, new NewEvent(EventKind.IMPACT_STARTED, impactStartedAt, n.author(),
                        null, n.source()), now);
            }
            NewEvent detected = new NewEvent(EventKind.DETECTED, n.detectedAt(), n.author(), n.title(), n.source());
            TimelineWrites.insertEvent(c, id, detected, now);
            if (commander != null && !commander.isBlank()) {
                upsertRole(c, id, Role.COMMANDER, commander.trim(), n.detectedAt().toEpochMilli());
                TimelineWrites.insertEvent(c, id, new NewEvent(EventKind.ROLE_ASSIGNED, n.detectedAt(), n.author(),
                        Role.COMMANDER.key() + ": " + commander.trim(), n.source()), now);
            }
            TimelineWrites.refreshDerived(c, id, stamps);
            return null;
        });
        return find(id).orElseThrow();
    }

    @Override
    public TimelineEvent append(String incidentId, NewEvent e) {
        long id = db.write(c -> {
            List<EventStamp> stamps = new ArrayList<>(TimelineWrites.stamps(TimelineWrites.lifecycleStamps(c, incidentId)));
            if (e.kind().lifecycle()) {
                stamps.add(EventStamp.of(e.kind(), e.at()));
                TimelineWrites.requireValid(stamps);
            }
            long eventId = TimelineWrites.insertEvent(c, incidentId, e, clock.millis());
            TimelineWrites.refreshDerived(c, incidentId, stamps);
            return eventId;
        });
        return new TimelineEvent(id, incidentId, e.kind(), e.at(), e.author(), e.text(), e.source(), List.of());
    }

    @Override
    public TimelineEvent editInstant(long eventId, Instant newAt, String editedBy) {
        db.write(c -> {
            String incidentId;
            long previous;
            try (PreparedStatement ps = c.prepareStatement("SELECT incident_id, occurred_at FROM timeline_events WHERE id = ?")) {
                ps.setLong(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no timeline event " + eventId);
                    }
                    incidentId = rs.getString(1);
                    previous = rs.getLong(2);
                }
            }
            List<EventStamp> stamps = new ArrayList<>();
            for (TimelineWrites.StampRow row : TimelineWrites.lifecycleStamps(c, incidentId)) {
                stamps.add(row.eventId() == eventId ? new EventStamp(row.stamp().kind(), newAt.toEpochMilli()) : row.stamp());
            }
            TimelineWrites.requireValid(stamps);
            try (PreparedStatement ps = c.prepareStatement("UPDATE timeline_events SET occurred_at = ? WHERE id = ?")) {
                ps.setLong(1, newAt.toEpochMilli());
                ps.setLong(2, eventId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_edits (event_id, previous_at, new_at, "
                    + "edited_by, edited_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, eventId);
                ps.setLong(2, previous);
                ps.setLong(3, newAt.toEpochMilli());
                ps.setString(4, editedBy);
                ps.setLong(5, clock.millis());
                ps.executeUpdate();
            }
            TimelineWrites.refreshDerived(c, incidentId, stamps);
            return null;
        });
        return db.read(c -> TimelineReader.event(c, eventId));
    }

    @Override
    public TimelineEvent assignRole(String incidentId, Role role, String person, String assignedBy) {
        NewEvent event = new NewEvent(EventKind.ROLE_ASSIGNED, clock.instant(), assignedBy,
                role.key() + ": " + person, EventSource.MANUAL);
        long id = db.write(c -> {
            TimelineWrites.lifecycleStamps(c, incidentId);
            upsertRole(c, incidentId, role, person, event.at().toEpochMilli());
            return TimelineWrites.insertEvent(c, incidentId, event, clock.millis());
        });
        return new TimelineEvent(id, incidentId, event.kind(), event.at(), event.author(), event.text(), event.source(), List.of());
    }

    private static void upsertRole(Connection c, String incidentId, Role role, String person, long at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_roles (incident_id, role, person, assigned_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (incident_id, role) DO UPDATE SET person = excluded.person, "
                + "assigned_at = excluded.assigned_at")) {
            ps.setString(1, incidentId);
            ps.setString(2, role.key());
            ps.setString(3, person);
            ps.setLong(4, at);
            ps.executeUpdate();
        }
    }

    @Override
    public Evidence addEvidence(String incidentId, NewEvidence e) {
        Instant now = clock.instant();
        long id = db.write(c -> {
            TimelineWrites.lifecycleStamps(c, incidentId);
            long evidenceId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence (incident_id, kind, title, summary, "
                    + "source_ref, pinned_at, pinned_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setString(1, incidentId);
                ps.setString(2, e.kind().key());
                ps.setString(3, e.title());
                ps.setString(4, e.summary());
                ps.setString(5, e.sourceRef());
                ps.setLong(6, now.toEpochMilli());
                ps.setString(7, e.pinnedBy());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    evidenceId = rs.getLong(1);
                }
            }
            TimelineWrites.insertEvent(c, incidentId, new NewEvent(EventKind.LINK, now, e.pinnedBy(),
                    "pinned " + e.kind().key() + ": " + e.title(), EventSource.MANUAL), now.toEpochMilli());
            return evidenceId;
        });
        return new Evidence(id, incidentId, e.kind(), e.title(), e.summary(), e.sourceRef(), now, e.pinnedBy());
    }

    @Override
    public void addTag(String incidentId, String tag) {
        db.write(c -> {
            TimelineWrites.lifecycleStamps(c, incidentId);
            insertTag(c, incidentId, tag);
            return null;
        });
    }

    private static void insertTag(Connection c, String incidentId, String tag) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO incident_tags (incident_id, tag) VALUES (?, ?) ON CONFLICT (incident_id, tag) DO NOTHING")) {
            ps.setString(1, incidentId);
            ps.setString(2, tag);
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<Incident> find(String incidentId) {
        return db.read(c -> IncidentReader.query(c, "SELECT id, title, service, severity, environment, status, detected_at "
                + "FROM incidents WHERE id = ?", List.of(incidentId))).stream().findFirst();
    }

    @Override
    public List<Incident> list(IncidentQuery query) {
        return db.read(c -> IncidentReader.list(c, query));
    }

    @Override
    public List<TimelineEvent> timeline(String incidentId) {
        return db.read(c -> TimelineReader.timeline(c, incidentId));
    }

    @Override
    public Map<String, Instant> lastUpdates(Collection<String> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = List.copyOf(incidentIds);
        return db.read(c -> {
            Map<String, Instant> result = new HashMap<>();
            // Chunks keep the statement under every database's parameter limit.
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT incident_id, MAX(recorded_at) FROM timeline_events "
                        + "WHERE incident_id IN (" + marks + ") GROUP BY incident_id")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            result.put(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)));
                        }
                    }
                }
            }
            return result;
        });
    }

    @Override
    public long revision() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM store_revision WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public ImportOutcome importIncidents(Collection<ImportedIncident> incidents) {
        return db.write(c -> BulkImport.store(c, incidents, clock.millis()));
    }

    @Override
    public List<IncidentFacts> reportCandidates(Instant from, Instant to, Set<Severity> outageSeverities, boolean includeDrills) {
        return db.read(c -> ReportCandidates.load(c, from.toEpochMilli(), to.toEpochMilli(), outageSeverities, includeDrills));
    }

    @Override
    public SortedSet<String> services(boolean includeDrills) {
        String sql = "SELECT DISTINCT service FROM incidents i" + (includeDrills ? "" : " WHERE " + ReportCandidates.NOT_A_DRILL);
        return db.read(c -> {
            SortedSet<String> services = new TreeSet<>();
            IncidentReader.forRows(c, sql, includeDrills ? List.of() : List.of(Incident.DRILL_TAG),
                    rs -> services.add(rs.getString(1)));
            return services;
        });
    }

    @Override
    public List<ExportedIncident> export(Instant from, Instant to) {
        return db.read(c -> {
            List<Object> window = List.of(from.toEpochMilli(), to.toEpochMilli());
            List<Incident> incidents = IncidentReader.query(c, "SELECT id, title, service, severity, environment, status, "
                    + "detected_at FROM incidents WHERE detected_at >= ? AND detected_at < ? ORDER BY detected_at, id", window);
            Map<String, List<TimelineEvent>> timelines = TimelineReader.timelines(c,
                    "i.detected_at >= ? AND i.detected_at < ?", window);
            List<ExportedIncident> result = new ArrayList<>(incidents.size());
            for (Incident i : incidents) {
                result.add(new ExportedIncident(i, timelines.getOrDefault(i.id(), List.of())));
            }
            return result;
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
