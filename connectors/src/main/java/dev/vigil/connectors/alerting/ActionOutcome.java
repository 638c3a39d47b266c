package dev.vigil.connectors.alerting;

/**
 * What became of an action: done, accepted but not processed yet (Opsgenie/JSM queue actions), or
 * the server's reason for refusing it, with its HTTP status (0 when there was no answer).
 */
public record ActionOutcome(Kind kind, int httpStatus, String message) {

    public enum Kind {
        DONE, ACCEPTED, UNSUPPORTED, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, INVALID, RATE_LIMITED, UNREACHABLE, SERVER
    }

    public ActionOutcome {
        message = message == null ? "" : message;
    }

    public static ActionOutcome done(String message) {
        return new ActionOutcome(Kind.DONE, 0, message);
    }

    public static ActionOutcome unsupported(String message) {
        return new ActionOutcome(Kind.UNSUPPORTED, 0, message);
    }

    public static ActionOutcome failed(AlertException e) {
        return new ActionOutcome(e.kind().outcome(), e.httpStatus(), e.getMessage());
    }

    /** It happened, or the provider took it and will do it. */
    public boolean succeeded() {
        return kind == Kind.DONE || kind == Kind.ACCEPTED;
    }
}
