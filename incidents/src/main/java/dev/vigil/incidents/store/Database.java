package dev.vigil.incidents.store;

import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's two connections: one for writes (SQLite: BEGIN IMMEDIATE, so a writer takes the lock up
 * front instead of failing on upgrade) and one for reads, so readers never wait for the writer. Every
 * write transaction bumps the revision first, which on PostgreSQL also serialises writers.
 */
final class Database implements AutoCloseable {

    private final StoreLocation location;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final StoreListener listener;

    private Database(StoreLocation location, Connection writer, Connection reader, StoreListener listener) {
        this.location = location;
        this.writer = writer;
        this.reader = reader;
        this.listener = listener;
    }

    static Database open(StoreLocation location, StoreListener listener) throws SQLException {
        Connection writer = connect(location, true);
        try {
            return new Database(location, writer, connect(location, false), listener);
        } catch (SQLException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    StoreLocation location() {
        return location;
    }

    <T> T write(SqlWork<T> work) {
        return inTransaction(writer, writeLock, c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE store_revision SET revision = revision + 1 WHERE id = 1");
            }
            return work.run(c);
        });
    }

    <T> T read(SqlWork<T> work) {
        return inTransaction(reader, readLock, work);
    }

    private <T> T inTransaction(Connection c, ReentrantLock lock, SqlWork<T> work) {
        if (listener == StoreListener.NONE) {
            return transaction(c, lock, work);
        }
        long started = System.nanoTime();
        boolean failed = true;
        try {
            T result = transaction(c, lock, work);
            failed = false;
            return result;
        } finally {
            listener.finished(operation(), lock == writeLock, System.nanoTime() - started, failed);
        }
    }

    /**
     * The store method running this transaction, read off the stack (a few microseconds, and only when
     * someone listens) so that the store's methods need not name themselves at every call.
     */
    private static String operation() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().equals(JdbcIncidentStore.class.getName()) && !f.getMethodName().startsWith("lambda$"))
                .findFirst()
                .map(StackWalker.StackFrame::getMethodName)
                .orElse("other"));
    }

    private <T> T transaction(Connection c, ReentrantLock lock, SqlWork<T> work) {
        lock.lock();
        try {
            long start = System.currentTimeMillis();
            for (int attempt = 0; ; attempt++) {
                try {
                    begin(c, lock == writeLock);
                    T result = work.run(c);
                    commit(c);
                    return result;
                } catch (SQLException e) {
                    rollbackQuietly(c, e);
                    if (BusyRetry.isBusy(e) && System.currentTimeMillis() - start < BusyRetry.GIVE_UP_AFTER_MS) {
                        BusyRetry.pause(attempt);
                        continue;
                    }
                    throw new StoreException("incident store " + location + ": " + e.getMessage(), e);
                } catch (RuntimeException e) {
                    rollbackQuietly(c, e);
                    throw e;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /*
     * On SQLite the driver's own transactions begin again right after each commit, so a connection
     * would hold the write lock (IMMEDIATE) or a read snapshot between calls and lock out the other
     * process. So SQLite connections stay in autocommit and transactions are opened here, only for the
     * length of one unit of work.
     */
    private boolean sqlite() {
        return location.kind() == StoreLocation.Kind.SQLITE;
    }

    private void begin(Connection c, boolean forWrites) throws SQLException {
        if (sqlite()) {
            try (Statement s = c.createStatement()) {
                s.execute(forWrites ? "BEGIN IMMEDIATE" : "BEGIN");
            }
        }
    }

    private void commit(Connection c) throws SQLException {
        if (sqlite()) {
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
        } else {
            c.commit();
        }
    }

    private void rollbackQuietly(Connection c, Exception cause) {
        try {
            if (!sqlite()) {
                c.rollback();
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK");
            }
        } catch (SQLException e) {
            // A failed BEGIN leaves no transaction to roll back; anything else is worth keeping.
            if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
                cause.addSuppressed(e);
            }
        }
    }

    static Connection connect(StoreLocation location, boolean forWrites) throws SQLException {
        Connection c;
        if (location.kind() == StoreLocation.Kind.SQLITE) {
            c = connectSqlite(location, forWrites);
        } else {
            c = DriverManager.getConnection(location.jdbcUrl());
        }
        c.setAutoCommit(location.kind() == StoreLocation.Kind.SQLITE);
        return c;
    }

    private static Connection connectSqlite(StoreLocation location, boolean forWrites) throws SQLException {
        ensureFolder(location);
        SQLiteConfig config = sqliteConfig(forWrites);
        long start = System.currentTimeMillis();
        for (int attempt = 0; ; attempt++) {
            try {
                return DriverManager.getConnection(location.jdbcUrl(), config.toProperties());
            } catch (SQLException e) {
                // Switching a new file to WAL needs the lock for a moment; another process may hold it.
                if (!BusyRetry.isBusy(e) || System.currentTimeMillis() - start > BusyRetry.GIVE_UP_AFTER_MS) {
                    throw e;
                }
                BusyRetry.pause(attempt);
            }
        }
    }

    /** SQLite creates the file but not its folder (the XDG data folder may not exist on a first run). */
    static void ensureFolder(StoreLocation location) throws SQLException {
        if (location.kind() != StoreLocation.Kind.SQLITE) {
            return;
        }
        Path file = location.sqlitePath();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
    }

    static SQLiteConfig sqliteConfig(boolean forWrites) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(50); // then BusyRetry polls, see there
        config.setTransactionMode(forWrites ? SQLiteConfig.TransactionMode.IMMEDIATE : SQLiteConfig.TransactionMode.DEFERRED);
        return config;
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            reader.close();
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("closing incident store " + location + ": " + e.getMessage(), e);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }
}
