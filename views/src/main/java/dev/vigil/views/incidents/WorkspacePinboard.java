package dev.vigil.views.incidents;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.EvidenceKind;
import dev.vigil.incidents.store.NewEvent;
import dev.vigil.incidents.store.NewEvidence;
import dev.vigil.views.common.IncidentJournal;
import dev.vigil.views.common.EvidenceDraft;
import dev.vigil.views.common.Pinboard;
import dev.vigil.views.common.StoreConnection;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The pinboard of the window: evidence goes to the incident last opened in the workspace, as long as it
 * is open. Attachments (log lines, values) are kept in the evidence summary, under a heading each.
 * It is also the journal sections write their actions to: an {@code action} event on that incident.
 */
public final class WorkspacePinboard implements Pinboard, IncidentJournal {

    private final StoreConnection connection;
    private static final Logger LOG = LoggerFactory.getLogger(WorkspacePinboard.class);

    private final String user;
    private final ReadOnlyObjectWrapper<ActiveIncident> active = new ReadOnlyObjectWrapper<>();

    public WorkspacePinboard(StoreConnection connection, String user) {
        this.connection = Objects.requireNonNull(connection);
        this.user = user;
    }

    /** The workspace calls this when it shows an incident (null when none is open). */
    void setActive(ActiveIncident incident) {
        active.set(incident);
    }

    @Override
    public ReadOnlyObjectProperty<ActiveIncident> activeIncidentProperty() {
        return active.getReadOnlyProperty();
    }

    @Override
    public void pin(EvidenceDraft evidence, Consumer<ActiveIncident> onPinned, Consumer<Throwable> onError) {
        ActiveIncident target = active.get();
        if (target == null) {
            onError.accept(new IllegalStateException("no incident is open: open or declare one first"));
            return;
        }
        EvidenceKind kind;
        try {
            kind = EvidenceKind.parse(evidence.kind());
        } catch (IllegalArgumentException e) {
            onError.accept(new IllegalArgumentException("unknown evidence kind '" + evidence.kind() + "'"));
            return;
        }
        NewEvidence stored = new NewEvidence(kind, evidence.title(), summary(evidence), evidence.sourceRef(), user);
        connection.run(store -> store.addEvidence(target.id(), stored), done -> onPinned.accept(target), onError);
    }

    @Override
    public boolean recordAction(String text) {
        ActiveIncident target = active.get();
        if (target == null) {
            return false;
        }
        NewEvent event = new NewEvent(EventKind.ACTION, Instant.now(), user, text, EventSource.ACTION);
        connection.run(store -> store.append(target.id(), event), done -> { },
                e -> LOG.warn("action not written to {}: {}", target.id(), text, e));
        return true;
    }

    static String summary(EvidenceDraft evidence) {
        StringBuilder b = new StringBuilder(evidence.summary().strip());
        for (Map.Entry<String, String> a : evidence.attachments().entrySet()) {
            b.append(b.isEmpty() ? "" : "\n\n").append("--- ").append(a.getKey()).append(" ---\n").append(a.getValue().strip());
        }
        return b.toString();
    }
}
