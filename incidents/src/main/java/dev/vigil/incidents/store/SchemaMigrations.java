package dev.vigil.incidents.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Brings a store's schema to the latest version (or to {@code target}, which tests use to build old databases). */
public final class SchemaMigrations {

    // Kept referenced so the level sticks: java.util.logging holds loggers weakly.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        // Flyway narrates every start at INFO; the command line's stderr is for the user's errors only.
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private SchemaMigrations() {
    }

    public static void migrate(StoreLocation location) {
        migrate(location, null);
    }

    public static void migrate(StoreLocation location, String targetVersion) {
        String folder = location.kind() == StoreLocation.Kind.SQLITE ? "sqlite" : "postgresql";
        Flyway.configure()
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                .dataSource(dataSource(location))
                .locations("classpath:db/migration/" + folder)
                .target(targetVersion == null ? MigrationVersion.LATEST : MigrationVersion.fromVersion(targetVersion))
                .load()
                .migrate();
    }

    private static DataSource dataSource(StoreLocation location) {
        if (location.kind() == StoreLocation.Kind.SQLITE) {
            SQLiteDataSource ds = new SQLiteDataSource(Database.sqliteConfig(true));
            ds.setUrl(location.jdbcUrl());
            return ds;
        }
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(location.jdbcUrl());
        return ds;
    }
}
