package dev.vigil.connectors.alerting;

import java.time.Instant;

/**
 * How the live alert feed is doing: the last poll's outcome, a sentence for the window, and when
 * the next poll is due (null when none is planned).
 */
public record AlertFeedState(Kind kind, String message, Instant at, Instant nextPollAt) {

    public enum Kind {
        CONNECTING, LIVE, RATE_LIMITED, UNAUTHORIZED, FORBIDDEN, UNREACHABLE, FAILING;

        /** Polls that give no alerts; the list shown is the last good one. */
        public boolean failing() {
            return this != CONNECTING && this != LIVE;
        }
    }

    public AlertFeedState {
        message = message == null ? "" : message;
    }

    static Kind of(AlertException.Kind kind) {
        return switch (kind) {
            case UNAUTHORIZED -> Kind.UNAUTHORIZED;
            case FORBIDDEN -> Kind.FORBIDDEN;
            case RATE_LIMITED -> Kind.RATE_LIMITED;
            case UNREACHABLE -> Kind.UNREACHABLE;
            default -> Kind.FAILING;
        };
    }
}
