package dev.vigil.views.incidents;

import dev.vigil.environments.ServiceSpec;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.EvidenceKind;
import dev.vigil.incidents.store.NewEvidence;
import dev.vigil.views.common.IncidentSeed;
import dev.vigil.views.common.Pinboard;
import dev.vigil.views.common.StoreConnection;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The Incidents section: the list, the workspace of the open incident, and the declare form, and
 * which of them is on screen.
 */
public final class IncidentsViewModel {

    private final StoreConnection connection;
    private final WorkspaceContext context;
    private final WorkspacePinboard pinboard;
    private final IncidentListViewModel list;
    private final WorkspaceViewModel workspace;
    private final DeclareForm declareForm = new DeclareForm();
    private final ReadOnlyBooleanWrapper workspaceShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper declaring = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper declareError = new ReadOnlyStringWrapper("");
    /** The alert (or other seed) the open declare form came from; null for a manual declaration. */
    private IncidentSeed seed;

    public IncidentsViewModel(StoreConnection connection, WorkspaceContext context, WorkspacePinboard pinboard) {
        this.connection = Objects.requireNonNull(connection);
        this.context = Objects.requireNonNull(context);
        this.pinboard = Objects.requireNonNull(pinboard);
        this.list = new IncidentListViewModel(connection);
        this.workspace = new WorkspaceViewModel(connection, context);
        workspace.incidentProperty().addListener((obs, old, i) -> {
            if (i != null) {
                pinboard.setActive(i.status().active() ? new Pinboard.ActiveIncident(i.id(), i.title()) : null);
            }
        });
    }

    public void openIncident(String id) {
        workspace.open(id);
        workspaceShown.set(true);
    }

    /** Back from the workspace to the list. */
    public void showList() {
        workspaceShown.set(false);
        list.reload();
    }

    /** Opens the declare form, filled with sensible defaults. */
    public void startDeclare() {
        List<String> services = catalogue();
        declareForm.reset(services.isEmpty() ? "" : services.getFirst(), context.user(), context.currentEnvironment().get());
        declareForm.tags.setAll(context.declareTags().get());
        declareError.set("");
        seed = null;
        declaring.set(true);
    }

    /**
     * Opens the declare form prefilled from a seed (title, service, severity, impact from the alert's
     * creation). Declared, the incident is detected when the seed was, from source {@code alert}, and
     * starts with the seed's evidence.
     */
    public void startDeclareFrom(IncidentSeed from) {
        startDeclare();
        seed = from;
        declareForm.title.set(from.title());
        if (!from.service().isBlank()) {
            declareForm.service.set(from.service());
        }
        declareForm.severity.set(from.severity());
        Instant now = context.clock().instant();
        declareForm.impactStarted.set(InstantText.format(from.detectedAt().isAfter(now) ? now : from.detectedAt()));
        declareForm.origin.set(from.origin());
        for (String tag : from.tags()) {
            if (!declareForm.tags.contains(tag)) {
                declareForm.tags.add(tag);
            }
        }
    }

    public void cancelDeclare() {
        seed = null;
        declaring.set(false);
    }

    /** Validates and declares; on success the new incident opens in the workspace. */
    public void declare() {
        if (submitting.get()) {
            return;
        }
        Instant now = context.clock().instant();
        IncidentSeed from = seed;
        DeclareForm.Declaration d = from == null ? declareForm.validate(now, context.user())
                : declareForm.validate(now, context.user(), from.detectedAt().isAfter(now) ? now : from.detectedAt(), EventSource.ALERT);
        if (d == null) {
            return;
        }
        submitting.set(true);
        connection.run(store -> {
                    var declared = store.declare(d.incident(), d.impactStartedAt(), d.commander());
                    if (from != null && from.evidence() != null) {
                        store.addEvidence(declared.id(), new NewEvidence(EvidenceKind.parse(from.evidence().kind()),
                                from.evidence().title(), WorkspacePinboard.summary(from.evidence()), from.evidence().sourceRef(),
                                context.user()));
                    }
                    return declared;
                },
                declared -> {
                    submitting.set(false);
                    declaring.set(false);
                    seed = null;
                    openIncident(declared.id());
                },
                e -> {
                    submitting.set(false);
                    declareError.set("Not declared: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                });
    }

    /** Services of the active environment's catalogue, for the declare form and the filters. */
    public List<String> catalogue() {
        String env = context.currentEnvironment().get();
        var config = context.config().get();
        List<ServiceSpec> specs = config.find(env).map(e -> e.services())
                .orElseGet(() -> config.selectable().stream().filter(e -> e.name().equals(env)).findFirst()
                        .map(e -> e.services()).orElse(List.of()));
        return specs.stream().map(ServiceSpec::name).toList();
    }

    public IncidentListViewModel list() {
        return list;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public DeclareForm declareForm() {
        return declareForm;
    }

    public StoreConnection connection() {
        return connection;
    }

    public WorkspacePinboard pinboard() {
        return pinboard;
    }

    public ReadOnlyBooleanProperty workspaceShownProperty() {
        return workspaceShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty declaringProperty() {
        return declaring.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty declareErrorProperty() {
        return declareError.getReadOnlyProperty();
    }
}
