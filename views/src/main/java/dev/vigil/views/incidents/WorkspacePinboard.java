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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The pinboard of the window: evidence goes to the incident last opened in the workspace, as long as it
 * is open. Attachments (log lines, values) are kept in the evidence summary, under a heading each;
 * files (a chart's PNG) are written to the evidence folder beside the store, and the summary names them.
 * It is also the journal sections write their actions to: an {@code action} event on that incident.
 */
public final class WorkspacePinboard implements Pinboard, IncidentJournal {

    private final StoreConnection connection;
    private static final Logger LOG = LoggerFactory.getLogger(WorkspacePinboard.class);

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final String user;
    private final Path filesDir;
    private final ReadOnlyObjectWrapper<ActiveIncident> active = new ReadOnlyObjectWrapper<>();

    /** {@code filesDir}: where evidence files go (a folder per incident), or null to refuse evidence with files. */
    public WorkspacePinboard(StoreConnection connection, String user, Path filesDir) {
        this.connection = Objects.requireNonNull(connection);
        this.user = user;
        this.filesDir = filesDir;
    }

    public WorkspacePinboard(StoreConnection connection, String user) {
        this(connection, user, null);
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
        if (!evidence.files().isEmpty() && filesDir == null) {
            onError.accept(new IllegalStateException("this window keeps no evidence files"));
            return;
        }
        Instant now = Instant.now();
        connection.run(store -> {
            Map<String, Path> saved = save(target.id(), evidence.files(), now);
            return store.addEvidence(target.id(), new NewEvidence(kind, evidence.title(), summary(evidence, saved), evidence.sourceRef(), user));
        }, done -> onPinned.accept(target), onError);
    }

    /** Writes the files under {@code filesDir/INCIDENT/} (off the FX thread, with the store call). */
    private Map<String, Path> save(String incident, Map<String, byte[]> files, Instant at) throws IOException {
        Map<String, Path> saved = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path dir = filesDir.resolve(safe(incident));
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE_TIME.format(at) + "-" + safe(f.getKey()));
            Files.write(file, f.getValue());
            saved.put(f.getKey(), file.toAbsolutePath());
        }
        return saved;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
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
        return summary(evidence, Map.of());
    }

    static String summary(EvidenceDraft evidence, Map<String, Path> files) {
        StringBuilder b = new StringBuilder(evidence.summary().strip());
        for (Map.Entry<String, String> a : evidence.attachments().entrySet()) {
            b.append(b.isEmpty() ? "" : "\n\n").append("--- ").append(a.getKey()).append(" ---\n").append(a.getValue().strip());
        }
        for (Map.Entry<String, Path> f : files.entrySet()) {
            b.append(b.isEmpty() ? "" : "\n\n").append("--- ").append(f.getKey()).append(" ---\n").append(f.getValue().toUri());
        }
        return b.toString();
    }
}
