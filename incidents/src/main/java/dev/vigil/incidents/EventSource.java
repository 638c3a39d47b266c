package dev.vigil.incidents;

import java.util.Locale;

/** Who or what put an event on the timeline. */
public enum EventSource {
    MANUAL, ALERT, ACTION, SYSTEM;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventSource parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (EventSource s : values()) {
            if (s.key().equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown event source '" + text + "' (expected manual, alert, action or system)");
    }
}
