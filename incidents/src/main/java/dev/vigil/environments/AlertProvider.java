package dev.vigil.environments;

import java.util.Locale;

/** Where an environment's alerts come from. */
public enum AlertProvider {
    NONE, OPSGENIE, JSM, ALERTMANAGER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertProvider parse(String text) {
        for (AlertProvider p : values()) {
            if (p.key().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown alerting provider '" + text + "' (expected none, opsgenie, jsm or alertmanager)");
    }
}
