package dev.vigil.connectors.alerting;

/**
 * Where an alert is in its life. Opsgenie and JSM snooze an alert, Alertmanager silences it: both
 * are {@link #SNOOZED} here, quiet for a while but not resolved.
 */
public enum AlertStatus {
    OPEN("Open"), ACKNOWLEDGED("Acknowledged"), SNOOZED("Snoozed"), CLOSED("Closed");

    private final String title;

    AlertStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Still wants attention: not closed. */
    public boolean active() {
        return this != CLOSED;
    }
}
