package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.AlertStatus;

import java.util.function.Predicate;

/** Which alerts the list shows by status; {@link #OPEN} (not closed, not snoozed) by default, like PagerDuty's "open". */
public enum StatusFilter {
    OPEN("Open", s -> s == AlertStatus.OPEN || s == AlertStatus.ACKNOWLEDGED),
    UNACKNOWLEDGED("Unacknowledged", s -> s == AlertStatus.OPEN),
    ACKNOWLEDGED("Acknowledged", s -> s == AlertStatus.ACKNOWLEDGED),
    SNOOZED("Snoozed", s -> s == AlertStatus.SNOOZED),
    CLOSED("Closed", s -> s == AlertStatus.CLOSED),
    ALL("All", s -> true);

    private final String title;
    private final Predicate<AlertStatus> test;

    StatusFilter(String title, Predicate<AlertStatus> test) {
        this.title = title;
        this.test = test;
    }

    public String title() {
        return title;
    }

    public boolean accepts(AlertStatus status) {
        return test.test(status);
    }
}
