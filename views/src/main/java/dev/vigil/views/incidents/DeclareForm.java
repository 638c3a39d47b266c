package dev.vigil.views.incidents;

import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.store.NewIncident;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.time.Instant;
import java.util.List;

/**
 * The fields of "Declare incident" and their checks. Impact start defaults to now and takes the short
 * forms of {@link InstantText}; the incident is detected now, when it is declared.
 */
public final class DeclareForm {

    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty service = new SimpleStringProperty("");
    public final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(Severity.SEV2);
    public final StringProperty impactStarted = new SimpleStringProperty("now");
    public final StringProperty commander = new SimpleStringProperty("");
    public final StringProperty environment = new SimpleStringProperty("");
    /** Tags the incident is declared with: a drill's, while one runs. */
    public final javafx.collections.ObservableList<String> tags = FXCollections.observableArrayList();
    /** Where the declaration comes from when a section seeded it ("Alert P2 from kubernetes"); empty for a manual one. */
    public final StringProperty origin = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    /** Clears the form for a new declaration. */
    public void reset(String defaultService, String user, String currentEnvironment) {
        title.set("");
        service.set(defaultService == null ? "" : defaultService);
        severity.set(Severity.SEV2);
        impactStarted.set("now");
        commander.set(user);
        environment.set(currentEnvironment == null ? "" : currentEnvironment);
        tags.clear();
        origin.set("");
        errors.clear();
    }

    /** What a valid form declares. */
    public record Declaration(NewIncident incident, Instant impactStartedAt, String commander) {
    }

    /** The declaration, or null with {@link #errors()} saying which fields need attention. */
    public Declaration validate(Instant now, String author) {
        return validate(now, author, now, EventSource.MANUAL);
    }

    /** The declaration detected at {@code detectedAt} by {@code source} (an alert's creation), or null. */
    public Declaration validate(Instant now, String author, Instant detectedAt, EventSource source) {
        errors.clear();
        if (title.get().isBlank()) {
            errors.put("title", "say in a few words what is wrong");
        }
        if (service.get() == null || service.get().isBlank()) {
            errors.put("service", "pick the affected service");
        }
        Instant impact = null;
        try {
            impact = InstantText.parse(impactStarted.get(), now);
            if (impact.isAfter(now)) {
                errors.put("impactStarted", "impact cannot start in the future (" + InstantText.format(impact) + " UTC)");
            }
        } catch (IllegalArgumentException e) {
            errors.put("impactStarted", e.getMessage());
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String env = environment.get() == null || environment.get().isBlank() ? null : environment.get().strip();
        NewIncident incident = new NewIncident(null, title.get().strip(), service.get().strip(), severity.get(), env,
                detectedAt, author, source, List.copyOf(tags));
        String c = commander.get() == null || commander.get().isBlank() ? null : commander.get().strip();
        return new Declaration(incident, impact, c);
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
