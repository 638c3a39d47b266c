package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.connectors.alerting.AlertStatus;
import javafx.scene.control.Label;

import java.util.Locale;

/** The coloured marks an alert is recognised by at a glance: its priority chip and status pill. */
final class AlertChips {

    private AlertChips() {
    }

    static Label priority(AlertPriority p) {
        Label l = new Label(p.name());
        l.getStyleClass().addAll("prio-chip", "prio-" + p.name().toLowerCase(Locale.ROOT));
        return l;
    }

    static Label status(AlertStatus s) {
        Label l = new Label(s.title());
        l.getStyleClass().addAll("alert-status", "alert-status-" + s.name().toLowerCase(Locale.ROOT));
        return l;
    }

    static void restyleStatus(Label l, AlertStatus s) {
        l.getStyleClass().removeIf(c -> c.startsWith("alert-status-"));
        l.getStyleClass().add("alert-status-" + s.name().toLowerCase(Locale.ROOT));
        l.setText(s.title());
    }

    static void restylePriority(Label l, AlertPriority p) {
        l.getStyleClass().removeIf(c -> c.startsWith("prio-p"));
        l.getStyleClass().add("prio-" + p.name().toLowerCase(Locale.ROOT));
        l.setText(p.name());
    }
}
