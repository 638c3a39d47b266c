package dev.vigil.views.incidents;

import dev.vigil.incidents.Incident;
import dev.vigil.incidents.IncidentStatus;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.store.IncidentQuery;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.StoreConnection;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The incident list: open incidents first, then recent ones; filtered by status, severity, service and
 * environment in the store, and by free text as you type. Reloads whenever the store's revision moves.
 */
public final class IncidentListViewModel {

    /** Which incidents the list asks the store for. */
    public enum StatusFilter {
        OPEN("Open"), ALL("All"), RESOLVED("Resolved");

        private final String label;

        StatusFilter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        Set<IncidentStatus> statuses() {
            return switch (this) {
                case OPEN -> EnumSet.of(IncidentStatus.INVESTIGATING, IncidentStatus.IDENTIFIED, IncidentStatus.MONITORING);
                case RESOLVED -> EnumSet.of(IncidentStatus.RESOLVED, IncidentStatus.CLOSED);
                case ALL -> Set.of();
            };
        }
    }

    private static final int LIMIT = 2000;

    private final StoreConnection connection;
    private final ObservableList<IncidentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<IncidentRow> visible = new FilteredList<>(rows);
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.OPEN);
    private final ObjectProperty<Severity> severityFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> serviceFilter = new SimpleObjectProperty<>();
    private final StringProperty environmentFilter = new SimpleStringProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<String> services = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private BackgroundTask.Handle running;

    public IncidentListViewModel(StoreConnection connection) {
        this.connection = Objects.requireNonNull(connection);
        text.addListener((obs, old, now) -> visible.setPredicate(r -> r.matches(now)));
        statusFilter.addListener((obs, old, now) -> reload());
        severityFilter.addListener((obs, old, now) -> reload());
        serviceFilter.addListener((obs, old, now) -> reload());
        environmentFilter.addListener((obs, old, now) -> reload());
        connection.revisionProperty().addListener((obs, old, now) -> reload());
        connection.storeProperty().addListener((obs, old, now) -> reload());
        connection.errorProperty().addListener((obs, old, now) -> error.set(now));
        error.set(connection.errorProperty().get());
    }

    /** Asks the store again; a reload still running is superseded. */
    public void reload() {
        if (connection.storeProperty().get() == null) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        IncidentQuery query = new IncidentQuery(blankToEmpty(serviceFilter.get()),
                severityFilter.get() == null ? Set.of() : Set.of(severityFilter.get()),
                statusFilter.get().statuses(), null, null, LIMIT);
        String environment = environmentFilter.get();
        loading.set(true);
        running = connection.run(store -> {
            List<Incident> incidents = store.list(query).stream()
                    .filter(i -> environment == null || environment.isBlank() || environment.equals(i.environment()))
                    .toList();
            Map<String, java.time.Instant> updates = store.lastUpdates(incidents.stream().map(Incident::id).toList());
            Set<String> known = new TreeSet<>(store.services());
            List<IncidentRow> loaded = incidents.stream()
                    .map(i -> IncidentRow.of(i, updates.get(i.id())))
                    .sorted(IncidentRow::defaultOrder)
                    .toList();
            return new Loaded(loaded, List.copyOf(known));
        }, loaded -> {
            rows.setAll(loaded.rows());
            mergeServices(loaded.services());
            error.set("");
            loading.set(false);
        }, e -> {
            error.set("Could not load incidents: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            loading.set(false);
        });
    }

    private record Loaded(List<IncidentRow> rows, List<String> services) {
    }

    /** Adds the catalogue's services, so a filter can name a service before it had an incident. */
    public void addKnownServices(List<String> names) {
        mergeServices(names);
    }

    private void mergeServices(List<String> names) {
        Set<String> all = new TreeSet<>(services);
        all.addAll(names);
        if (!all.equals(new TreeSet<>(services))) {
            services.setAll(all);
        }
    }

    private static Set<String> blankToEmpty(String s) {
        return s == null || s.isBlank() ? Set.of() : Set.of(s);
    }

    public ObservableList<IncidentRow> visibleRows() {
        return visible;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Severity> severityFilterProperty() {
        return severityFilter;
    }

    public ObjectProperty<String> serviceFilterProperty() {
        return serviceFilter;
    }

    public StringProperty environmentFilterProperty() {
        return environmentFilter;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<String> services() {
        return services;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
