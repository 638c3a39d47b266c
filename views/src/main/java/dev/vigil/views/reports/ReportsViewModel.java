package dev.vigil.views.reports;

import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.metrics.ReliabilityReport;
import dev.vigil.incidents.metrics.ReportCalculator;
import dev.vigil.incidents.metrics.ReportFilter;
import dev.vigil.incidents.metrics.ReportWindow;
import dev.vigil.incidents.report.ReliabilityReporter;
import dev.vigil.incidents.report.ReportFormat;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.StoreConnection;
import dev.vigil.views.incidents.InstantText;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reports: the reliability figures of shared/specs/reliability-metrics.md for a period, a service and
 * severities, computed off the FX thread from the store (the same code as {@code ./vigil report}),
 * recomputed when the store changes, and exported as CSV, JSON or PDF.
 */
public final class ReportsViewModel {

    /** Feedback under the toolbar. */
    public record Message(String text, boolean error) {
    }

    private final StoreConnection connection;
    private final Supplier<EnvironmentsConfig> config;
    private final Clock clock;

    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>(ReportPeriod.LAST_30_DAYS);
    private final StringProperty customFrom = new SimpleStringProperty("");
    private final StringProperty customTo = new SimpleStringProperty("");
    private final ObjectProperty<String> service = new SimpleObjectProperty<>();
    private final ObservableSet<Severity> severities = FXCollections.observableSet(EnumSet.noneOf(Severity.class));
    private final javafx.beans.property.BooleanProperty includeDrills = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ObservableList<String> services = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ReliabilityReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper windowText = new ReadOnlyStringWrapper("");
    private BackgroundTask.Handle running;

    public ReportsViewModel(StoreConnection connection, Supplier<EnvironmentsConfig> config, Clock clock) {
        this.connection = Objects.requireNonNull(connection);
        this.config = Objects.requireNonNull(config);
        this.clock = Objects.requireNonNull(clock);
        Instant now = clock.instant();
        customFrom.set(InstantText.format(ReportPeriod.LAST_90_DAYS.from(now)).substring(0, 10));
        customTo.set(InstantText.format(now).substring(0, 10));
        period.addListener((obs, old, now2) -> refresh());
        service.addListener((obs, old, now2) -> refresh());
        severities.addListener((SetChangeListener<Severity>) c -> refresh());
        includeDrills.addListener((obs, old, now2) -> refresh());
        connection.revisionProperty().addListener((obs, old, now2) -> refresh());
        connection.storeProperty().addListener((obs, old, now2) -> refresh());
    }

    /** The window the controls describe now; throws with a readable message for bad custom dates. */
    ReportWindow window() {
        Instant now = clock.instant();
        if (period.get() != ReportPeriod.CUSTOM) {
            return new ReportWindow(period.get().from(now), now);
        }
        Instant from = InstantText.parse(day(customFrom.get()), now);
        Instant to = InstantText.parse(day(customTo.get()), now);
        return new ReportWindow(from, to);
    }

    /** A bare date means its midnight, UTC. */
    private static String day(String text) {
        String t = text == null ? "" : text.strip();
        return t.matches("\\d{4}-\\d{2}-\\d{2}") ? t + " 00:00" : t;
    }

    /** Computes the report again; a computation still running is superseded. */
    public void refresh() {
        if (connection.storeProperty().get() == null) {
            return;
        }
        ReportWindow window;
        try {
            window = window();
        } catch (IllegalArgumentException e) {
            message.set(new Message(e.getMessage(), true));
            return;
        }
        if (running != null) {
            running.cancel();
        }
        ReportFilter filter = new ReportFilter(service.get() == null ? Set.of() : Set.of(service.get()), Set.copyOf(severities),
                includeDrills.get());
        ReportCalculator calculator = ReportCalculator.from(config.get());
        computing.set(true);
        windowText.set(InstantText.format(window.from()).substring(0, 16) + " → " + InstantText.format(window.to()).substring(0, 16) + " UTC");
        running = connection.run(store -> new Computed(new ReliabilityReporter(store, calculator).report(window, filter),
                        List.copyOf(store.services(filter.includeDrills()))),
                computed -> {
                    report.set(computed.report());
                    if (!services.equals(computed.services())) {
                        services.setAll(computed.services());
                    }
                    computing.set(false);
                    message.set(null);
                },
                e -> {
                    computing.set(false);
                    message.set(new Message("Report failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()), true));
                });
    }

    private record Computed(ReliabilityReport report, List<String> services) {
    }

    /** Writes the report on screen to a file in a format; {@code onWritten} gets the file. */
    public void export(ReportFormat format, Path file, Consumer<Path> onWritten) {
        ReliabilityReport current = report.get();
        if (current == null) {
            message.set(new Message("Nothing to export yet", true));
            return;
        }
        connection.run(store -> {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, format.render(current, clock.instant()));
            return file;
        }, written -> {
            message.set(new Message("Exported " + format.key().toUpperCase(java.util.Locale.ROOT) + " to " + written, false));
            onWritten.accept(written);
        }, e -> message.set(new Message("Export failed: " + e.getMessage(), true)));
    }

    /** A file name that says what the report covers. */
    public String suggestedFileName(ReportFormat format) {
        ReliabilityReport r = report.get();
        String span = r == null ? "report" : InstantText.format(r.from()).substring(0, 10) + "_" + InstantText.format(r.to()).substring(0, 10);
        return "vigil-reliability-" + span + "." + format.key();
    }

    public ObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    public StringProperty customFromProperty() {
        return customFrom;
    }

    public StringProperty customToProperty() {
        return customTo;
    }

    public ObjectProperty<String> serviceProperty() {
        return service;
    }

    /** Drill incidents are left out of the figures unless this is on. */
    public javafx.beans.property.BooleanProperty includeDrillsProperty() {
        return includeDrills;
    }

    public ObservableSet<Severity> severities() {
        return severities;
    }

    public ObservableList<String> services() {
        return services;
    }

    public ReadOnlyObjectProperty<ReliabilityReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTextProperty() {
        return windowText.getReadOnlyProperty();
    }

    public EnvironmentsConfig config() {
        return config.get();
    }
}
