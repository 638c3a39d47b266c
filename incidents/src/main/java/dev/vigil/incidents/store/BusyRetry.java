package dev.vigil.incidents.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Whether a failure is SQLite saying another connection holds the lock, and how long to wait before
 * trying again. busy_timeout absorbs short waits; beyond it, and in the cases SQLite does not retry
 * itself (a stale WAL snapshot, a lock upgrade), the store retries for up to a minute, so
 * "database is locked" never reaches a user.
 */
final class BusyRetry {

    static final long GIVE_UP_AFTER_MS = 60_000;

    private BusyRetry() {
    }

    static boolean isBusy(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se) {
                int primary = se.getResultCode().code & 0xff;
                if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                    return true;
                }
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("database is locked") || m.contains("sqlite_busy")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short, jittered pause. SQLite's own busy handler backs off to 100 ms sleeps, and a process that
     * commits in a tight loop (an import) then starves the other one; polling every few milliseconds keeps
     * a waiting writer's chances fair. Jitter keeps two waiting processes from colliding in step.
     */
    static void pause(int attempt) {
        long max = Math.min(20, 2L + attempt);
        try {
            Thread.sleep(1 + (long) (Math.random() * max));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the incident store", ie);
        }
    }
}
