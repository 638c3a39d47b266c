package dev.vigil.connectors.alerting;

import java.time.Duration;

/** A failed call to an alerting provider, with what kind of failure and the server's own words. */
public final class AlertException extends Exception {

    public enum Kind {
        UNAUTHORIZED(ActionOutcome.Kind.UNAUTHORIZED),
        FORBIDDEN(ActionOutcome.Kind.FORBIDDEN),
        NOT_FOUND(ActionOutcome.Kind.NOT_FOUND),
        INVALID(ActionOutcome.Kind.INVALID),
        RATE_LIMITED(ActionOutcome.Kind.RATE_LIMITED),
        SERVER(ActionOutcome.Kind.SERVER),
        UNREACHABLE(ActionOutcome.Kind.UNREACHABLE);

        private final ActionOutcome.Kind outcome;

        Kind(ActionOutcome.Kind outcome) {
            this.outcome = outcome;
        }

        ActionOutcome.Kind outcome() {
            return outcome;
        }
    }

    private final Kind kind;
    private final int httpStatus;
    private final Duration retryAfter;

    public AlertException(Kind kind, int httpStatus, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    public AlertException(Kind kind, int httpStatus, String message) {
        this(kind, httpStatus, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** 0 when the server never answered. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The server's Retry-After on a 429, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
