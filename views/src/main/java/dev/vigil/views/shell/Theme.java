package dev.vigil.views.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import java.util.Locale;
import java.util.Optional;

/** The console's colour scheme. Dark is the default: on-call happens at night. */
public enum Theme {
    DARK, LIGHT;

    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    public static Optional<Theme> byId(String id) {
        for (Theme t : values()) {
            if (t.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
