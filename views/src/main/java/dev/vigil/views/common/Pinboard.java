package dev.vigil.views.common;

import javafx.beans.property.ReadOnlyObjectProperty;

import java.util.function.Consumer;

/**
 * Where sections pin evidence: the active incident (the one open in the incident workspace).
 * Sections enable their "Pin to incident" action while {@link #activeIncidentProperty()} is not null.
 */
public interface Pinboard {

    /** The incident evidence goes to now, or null when none is open. FX thread. */
    ReadOnlyObjectProperty<ActiveIncident> activeIncidentProperty();

    /**
     * Stores the evidence on the active incident off the FX thread; exactly one callback runs, on the
     * FX thread: {@code onPinned} with the incident it went to, or {@code onError}.
     */
    void pin(EvidenceDraft evidence, Consumer<ActiveIncident> onPinned, Consumer<Throwable> onError);

    /** The incident evidence is pinned to: its id and title, for buttons and messages. */
    record ActiveIncident(String id, String title) {
    }
}
