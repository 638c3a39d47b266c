package dev.vigil.app;

import dev.vigil.views.common.Pinboard;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.function.Consumer;

/**
 * The pinboard until the incident workspace is wired: no incident is ever active, so every "Pin to
 * incident" action stays disabled. Replaced by the store-backed pinboard.
 */
final class NoActiveIncident implements Pinboard {

    private final ReadOnlyObjectWrapper<ActiveIncident> none = new ReadOnlyObjectWrapper<>();

    @Override
    public ReadOnlyObjectProperty<ActiveIncident> activeIncidentProperty() {
        return none.getReadOnlyProperty();
    }

    @Override
    public void pin(dev.vigil.views.common.EvidenceDraft evidence, Consumer<ActiveIncident> onPinned, Consumer<Throwable> onError) {
        onError.accept(new IllegalStateException("no incident is active: open one in Incidents first"));
    }
}
