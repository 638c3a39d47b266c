package dev.vigil.connectors.prometheus;

/**
 * A query Prometheus did not answer. {@link #kind()} says what went wrong in terms an operator can act
 * on; the message carries the server's own words (e.g. the PromQL parse error) when it sent any.
 */
public final class PromQueryException extends RuntimeException {

    /** Why a query failed; maps Prometheus' {@code errorType} and the transport's failures. */
    public enum Kind {
        /** The query is wrong (HTTP 400 {@code bad_data}): fix the PromQL. */
        BAD_DATA,
        /** Prometheus failed to evaluate it (HTTP 422 {@code execution}), e.g. too many samples. */
        EXECUTION,
        /** No answer in time: the client's timeout or Prometheus' own ({@code timeout}, {@code canceled}). */
        TIMEOUT,
        /** Prometheus or a proxy in front of it failed (5xx). */
        SERVER,
        /** 401/403: the credential is missing or wrong. */
        UNAUTHORIZED,
        /** Nothing answered: connection refused, DNS, TLS. */
        UNREACHABLE
    }

    private final Kind kind;

    public PromQueryException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public PromQueryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** True when the query itself is at fault, so repeating it unchanged will not help. */
    public boolean queryAtFault() {
        return kind == Kind.BAD_DATA || kind == Kind.EXECUTION;
    }
}
