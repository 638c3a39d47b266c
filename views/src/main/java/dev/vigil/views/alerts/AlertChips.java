package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.connectors.alerting.AlertStatus;
import dev.vigil.views.common.StyleClasses;
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

    /**
     * Gives a pill the style of another status. Its style classes change only when the status does: a
     * changed style class makes the label look up its whole style again, and the table hands each
     * visible row its alert again whenever the list changes (a poll during an alert storm re-styled
     * every chip on screen: in a JFR recording of the alerts bench, CSS was a third of the poll's frame).
     */
    static void restyleStatus(Label l, AlertStatus s) {
        StyleClasses.chooseByPrefix(l, "alert-status-", "alert-status-" + s.name().toLowerCase(Locale.ROOT));
        l.setText(s.title());
    }

    /** Gives a chip the style of another priority; as {@link #restyleStatus}, classes change only when the priority does. */
    static void restylePriority(Label l, AlertPriority p) {
        StyleClasses.chooseByPrefix(l, "prio-p", "prio-" + p.name().toLowerCase(Locale.ROOT));
        l.setText(p.name());
    }
}
