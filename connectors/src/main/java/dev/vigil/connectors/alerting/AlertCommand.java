package dev.vigil.connectors.alerting;

import java.time.Duration;

/**
 * One action on one alert. {@code note} is the note text, the silence comment or an optional
 * remark; {@code duration} is how long a snooze or silence lasts (null for the other actions).
 */
public record AlertCommand(AlertAction action, String alertId, String who, String note, Duration duration) {
    public AlertCommand {
        if (action == null || alertId == null || alertId.isBlank()) {
            throw new IllegalArgumentException("a command needs an action and an alert");
        }
        who = who == null || who.isBlank() ? "vigil" : who;
        note = note == null ? "" : note;
        if ((action == AlertAction.SNOOZE || action == AlertAction.SILENCE)
                && (duration == null || duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException(action.title() + " needs a positive duration");
        }
        if (action == AlertAction.ADD_NOTE && note.isBlank()) {
            throw new IllegalArgumentException("a note needs text");
        }
    }
}
