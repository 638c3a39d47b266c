package dev.vigil.connectors.alerting;

/** What an operator can do to an alert; each source says which it supports. */
public enum AlertAction {
    ACKNOWLEDGE("Acknowledge"),
    UNACKNOWLEDGE("Unacknowledge"),
    CLOSE("Close"),
    ADD_NOTE("Add note"),
    /** Opsgenie/JSM: quiet until a time. */
    SNOOZE("Snooze"),
    /** Alertmanager: a silence matching the alert's labels, for a duration, with a comment. */
    SILENCE("Silence"),
    /** Alertmanager: expire the silences muting the alert. */
    EXPIRE_SILENCE("Expire silence");

    private final String title;

    AlertAction(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Closing or silencing hides an alert from everyone: production asks for typed confirmation. */
    public boolean destructive() {
        return this == CLOSE || this == SILENCE;
    }
}
