package dev.vigil.incidents.store;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.IncidentStatus;
import dev.vigil.incidents.Role;
import dev.vigil.incidents.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A database made by the first schema version opens under the latest with its data intact. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void databaseOfTheFirstSchemaVersionMigratesWithItsDataIntact() throws Exception {
        StoreLocation location = StoreLocation.sqliteFile(dir.resolve("old.db"));
        SchemaMigrations.migrate(location, "1");
        try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement s = c.createStatement()) {
            assertThat(tableExists(s, "incident_roles")).as("V1 has no roles table").isFalse();
            s.executeUpdate("INSERT INTO incidents (id, title, service, severity, environment, status, detected_at, "
                    + "impact_start_at, downtime_end_at, created_at) VALUES ('OLD-1', 'Old outage', 'checkout', 'SEV1', "
                    + "'prod', 'resolved', 1772359200000, 1772359200000, 1772361000000, 1772359200000)");
            s.executeUpdate("INSERT INTO timeline_events (incident_id, kind, occurred_at, author, body, source, recorded_at) "
                    + "VALUES ('OLD-1', 'detected', 1772359200000, 'ana', 'paged', 'alert', 1772359200000), "
                    + "('OLD-1', 'resolved', 1772361000000, 'ana', null, 'manual', 1772361000000)");
        }

        try (IncidentStore store = JdbcIncidentStore.open(location)) {
            var incident = store.find("OLD-1").orElseThrow();
            assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
            assertThat(incident.detectedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
            assertThat(store.timeline("OLD-1")).extracting(TimelineEvent::kind, TimelineEvent::author)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(EventKind.DETECTED, "ana"),
                            org.assertj.core.groups.Tuple.tuple(EventKind.RESOLVED, "ana"));
            store.assignRole("OLD-1", Role.SCRIBE, "ben", "ana");
            assertThat(store.find("OLD-1").orElseThrow().roles()).containsEntry(Role.SCRIBE, "ben");
        }
        try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    private static boolean tableExists(Statement s, String table) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
            return rs.next();
        }
    }
}
