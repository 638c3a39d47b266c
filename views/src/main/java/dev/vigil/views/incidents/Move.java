package dev.vigil.views.incidents;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.IncidentStatus;
import dev.vigil.incidents.metrics.IncidentTimes;

import java.util.Optional;

/** The lifecycle buttons of the workspace, the event each writes, and when each makes sense. */
public enum Move {
    ACKNOWLEDGE("Acknowledge", EventKind.ACKNOWLEDGED),
    CONTAIN("Contain", EventKind.CONTAINED),
    RESOLVE("Resolve", EventKind.RESOLVED),
    REOPEN("Reopen", EventKind.REOPENED),
    CLOSE("Close", EventKind.CLOSED);

    private final String label;
    private final EventKind kind;

    Move(String label, EventKind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public EventKind kind() {
        return kind;
    }

    /** Why this move makes no sense now, or empty when it does. */
    public Optional<String> refusal(IncidentStatus status, IncidentTimes times) {
        boolean open = times.open();
        return Optional.ofNullable(switch (this) {
            case ACKNOWLEDGE -> times.acknowledged() != null ? "already acknowledged at " + InstantText.format(times.acknowledged())
                    : !open ? "the incident is resolved: reopen it first" : null;
            case CONTAIN -> times.contained() != null ? "already contained at " + InstantText.format(times.contained())
                    : !open ? "the incident is resolved: reopen it first" : null;
            case RESOLVE -> !open ? "already resolved" : null;
            case REOPEN -> open ? "the incident is not resolved" : null;
            case CLOSE -> status == IncidentStatus.CLOSED ? "already closed"
                    : open ? "resolve the incident before closing it" : null;
        });
    }
}
