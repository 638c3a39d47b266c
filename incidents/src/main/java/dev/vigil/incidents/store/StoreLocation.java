package dev.vigil.incidents.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where an incident store lives, as a JDBC URL: {@code jdbc:sqlite:/path/file.db} (the embedded default)
 * or {@code jdbc:postgresql://host/db?user=..} (team mode). {@link #parse} also takes a plain file path.
 */
public record StoreLocation(String jdbcUrl) {

    public enum Kind { SQLITE, POSTGRESQL }

    public StoreLocation {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("store location is empty");
        }
        kindOf(jdbcUrl);
    }

    /** A {@code --db} argument: a {@code jdbc:} URL, or else a SQLite file path. */
    public static StoreLocation parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("--db needs a SQLite file path or a jdbc: URL");
        }
        return t.toLowerCase(Locale.ROOT).startsWith("jdbc:") ? new StoreLocation(t) : sqliteFile(Path.of(t));
    }

    public static StoreLocation sqliteFile(Path file) {
        return new StoreLocation("jdbc:sqlite:" + file.toAbsolutePath());
    }

    public Kind kind() {
        return kindOf(jdbcUrl);
    }

    /** The database file of a SQLite store. */
    public Path sqlitePath() {
        if (kind() != Kind.SQLITE) {
            throw new IllegalStateException("not a SQLite store: " + this);
        }
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        return Path.of(query < 0 ? rest : rest.substring(0, query));
    }

    /** The URL without credentials, fit for messages and logs. */
    @Override
    public String toString() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static Kind kindOf(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:sqlite:")) {
            return Kind.SQLITE;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported store URL '" + url
                + "' (expected a SQLite file path, jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB)");
    }
}
