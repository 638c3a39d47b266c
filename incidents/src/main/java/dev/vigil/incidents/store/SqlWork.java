package dev.vigil.incidents.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done inside one transaction; it may run again when SQLite reports the file busy, so it must not have outside effects. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
