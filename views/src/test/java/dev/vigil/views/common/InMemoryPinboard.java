package dev.vigil.views.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A pinboard for tests: keeps what was pinned, with an incident active or not as the test says. */
public final class InMemoryPinboard implements Pinboard {

    public final ReadOnlyObjectWrapper<ActiveIncident> active = new ReadOnlyObjectWrapper<>();
    public final List<EvidenceDraft> pinned = new CopyOnWriteArrayList<>();

    @Override
    public ReadOnlyObjectProperty<ActiveIncident> activeIncidentProperty() {
        return active.getReadOnlyProperty();
    }

    @Override
    public void pin(EvidenceDraft evidence, Consumer<ActiveIncident> onPinned, Consumer<Throwable> onError) {
        pinned.add(evidence);
        onPinned.accept(active.get());
    }
}
