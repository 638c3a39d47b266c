package dev.vigil.connectors.logs;

/**
 * A log request the store did not answer. {@link #kind()} says what an operator can do about it; the message
 * carries the server's own words when it sent any (a bad query shows OpenSearch's parse error).
 */
public final class LogQueryException extends RuntimeException {

    public enum Kind {
        /** The query text is wrong: fix it (OpenSearch's query_string parse error). */
        BAD_QUERY,
        /** The index pattern matches no index. */
        NO_INDEX,
        /** No answer in time. */
        TIMEOUT,
        /** The store or a proxy in front of it failed (5xx). */
        SERVER,
        /** 401/403: the credential is missing or wrong. */
        UNAUTHORIZED,
        /** Nothing answered: connection refused, DNS, TLS. */
        UNREACHABLE
    }

    private final Kind kind;

    public LogQueryException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public LogQueryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** True when the query itself is at fault, so repeating it unchanged will not help. */
    public boolean queryAtFault() {
        return kind == Kind.BAD_QUERY;
    }
}
