package dev.vigil.incidents.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreLocationTest {

    @Test
    void plainPathIsASqliteFile() {
        StoreLocation l = StoreLocation.parse("data/incidents.db");

        assertThat(l.kind()).isEqualTo(StoreLocation.Kind.SQLITE);
        assertThat(l.sqlitePath()).isEqualTo(Path.of("data/incidents.db").toAbsolutePath());
    }

    @Test
    void jdbcUrlsAreKeptAndPasswordsHiddenInMessages() {
        StoreLocation pg = StoreLocation.parse("jdbc:postgresql://db:5432/vigil?user=v&password=s3cret");

        assertThat(pg.kind()).isEqualTo(StoreLocation.Kind.POSTGRESQL);
        assertThat(pg.jdbcUrl()).endsWith("password=s3cret");
        assertThat(pg.toString()).isEqualTo("jdbc:postgresql://db:5432/vigil?user=v&password=***");
        assertThat(StoreLocation.parse("jdbc:sqlite:/tmp/x.db?foo=1").sqlitePath()).isEqualTo(Path.of("/tmp/x.db"));
    }

    @Test
    void otherDatabasesAreRefused() {
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:mysql://x/y")).hasMessageStartingWith("unsupported store URL");
        assertThatThrownBy(() -> StoreLocation.parse(" ")).hasMessageContaining("--db needs");
    }
}
