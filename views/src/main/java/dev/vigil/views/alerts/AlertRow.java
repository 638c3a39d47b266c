package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.Alert;

import java.time.Instant;

/**
 * One line of the alert list: the alert as last polled, and whether it is new to this operator
 * (it appeared after the first list and has not been looked at yet), which the table highlights.
 */
public record AlertRow(Alert alert, Instant firstSeen, boolean fresh) {

    public String id() {
        return alert.id();
    }

    AlertRow seen() {
        return fresh ? new AlertRow(alert, firstSeen, false) : this;
    }

    AlertRow with(Alert next) {
        return next.equals(alert) ? this : new AlertRow(next, firstSeen, fresh);
    }
}
