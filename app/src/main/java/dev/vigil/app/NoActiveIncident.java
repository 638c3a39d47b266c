package dev.vigil.app;

import dev.vigil.views.common.EvidenceDraft;
import dev.vigil.views.common.IncidentJournal;
import dev.vigil.views.common.Pinboard;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.function.Consumer;

/**
 * The pinboard and incident journal until the incident workspace is wired in: no incident is ever
 * active, so "Pin to incident" stays disabled and actions reach only the local audit log. Replaced
 * by the store-backed implementation when the incidents section lands.
 */
final class NoActiveIncident implements Pinboard, IncidentJournal {

    private final ReadOnlyObjectWrapper<ActiveIncident> active = new ReadOnlyObjectWrapper<>();

    @Override
    public ReadOnlyObjectProperty<ActiveIncident> activeIncidentProperty() {
        return active.getReadOnlyProperty();
    }

    @Override
    public void pin(EvidenceDraft evidence, Consumer<ActiveIncident> onPinned, Consumer<Throwable> onError) {
        onError.accept(new IllegalStateException("no incident is open"));
    }

    @Override
    public boolean recordAction(String text) {
        return false;
    }
}
