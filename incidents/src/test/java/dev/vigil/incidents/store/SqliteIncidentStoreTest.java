package dev.vigil.incidents.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteIncidentStoreTest extends IncidentStoreContract {

    @TempDir
    Path dir;

    @Override
    protected StoreLocation freshLocation() {
        return StoreLocation.sqliteFile(dir.resolve("nested/incidents.db"));
    }
}
