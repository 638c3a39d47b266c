package dev.vigil.views.incidents;

import dev.vigil.incidents.IncidentStatus;
import dev.vigil.incidents.Severity;
import javafx.scene.control.Label;

import java.util.Locale;

/** The small coloured labels incidents are recognised by: severity and status. */
final class Chips {

    private Chips() {
    }

    static Label severity(Severity severity) {
        Label l = new Label(severity.name());
        l.getStyleClass().addAll("sev-chip", "sev-" + severity.name().toLowerCase(Locale.ROOT));
        return l;
    }

    static Label status(IncidentStatus status) {
        Label l = new Label(status.key());
        l.getStyleClass().addAll("status-pill", "status-" + status.key());
        return l;
    }
}
