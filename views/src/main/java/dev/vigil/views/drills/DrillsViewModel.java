package dev.vigil.views.drills;

import dev.vigil.connectors.demo.DemoDrills;
import dev.vigil.connectors.demo.DrillDebrief;
import dev.vigil.connectors.demo.DrillRun;
import dev.vigil.connectors.demo.DrillScenario;
import dev.vigil.environments.Environment;
import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.IncidentStatus;
import dev.vigil.incidents.TimelineEvent;
import dev.vigil.incidents.store.IncidentQuery;
import dev.vigil.incidents.store.IncidentStore;
import dev.vigil.incidents.store.NewEvent;
import dev.vigil.views.common.StoreConnection;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Drills on the demo fleet: choose one, run it, and see the debrief. While a drill runs, incidents
 * declared are tagged as drills; when the drill's incident is resolved (or the trainee ends the drill)
 * the symptoms stop and the debrief shows how long acknowledging, finding the cause and resolving took,
 * and goes onto the incident's timeline as a note.
 */
public final class DrillsViewModel implements AutoCloseable {

    private final DemoDrills drills;
    private final ReadOnlyObjectProperty<Environment> environment;
    private final StoreConnection connection;
    private final Clock clock;
    private final Executor fx;
    private final Function<DrillRun, Optional<Instant>> pageAcknowledged;
    private final ReadOnlyObjectWrapper<DrillRun> running = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper pickerOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<DrillDebrief> debrief = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding available;
    private final ScheduledFuture<?> ticker;
    private final AutoCloseable listening;

    /**
     * @param pageAcknowledged when the run's page was acknowledged in the Alerts section, if it was
     */
    public DrillsViewModel(DemoDrills drills, ReadOnlyObjectProperty<Environment> environment, StoreConnection connection,
                           Clock clock, ScheduledExecutorService timer, Executor fx,
                           Function<DrillRun, Optional<Instant>> pageAcknowledged) {
        this.drills = drills;
        this.environment = environment;
        this.connection = connection;
        this.clock = clock;
        this.fx = fx;
        this.pageAcknowledged = pageAcknowledged;
        this.available = Bindings.createBooleanBinding(() -> environment.get() != null && environment.get().demo(), environment);
        running.set(drills.current().orElse(null));
        // Starts and ends may come from any thread (a test, the palette): cross once to the FX thread.
        listening = drills.listen(run -> fx.execute(() -> running.set(run.running() ? run : null)));
        ticker = timer.scheduleAtFixedRate(() -> fx.execute(this::tick), 1, 1, TimeUnit.SECONDS);
        connection.revisionProperty().addListener((obs, old, now) -> checkIncident());
        tick();
    }

    private void tick() {
        DrillRun run = running.get();
        elapsed.set(run == null ? "" : DrillDebrief.text(Duration.between(run.startedAt(), clock.instant())));
    }

    public void openPicker() {
        message.set(available.get() ? "" : "Drills run on the demo environment: switch to it to start one.");
        pickerOpen.set(true);
    }

    public void closePicker() {
        pickerOpen.set(false);
    }

    /** Starts a drill on the demo fleet; one already running ends first (without a debrief). */
    public void start(DrillScenario scenario, double speed) {
        if (!available.get()) {
            message.set("Drills run on the demo environment: switch to it to start one.");
            return;
        }
        debrief.set(null);
        drills.start(scenario, clock.instant(), speed);
        running.set(drills.current().orElse(null));
        pickerOpen.set(false);
        tick();
    }

    /** Ends the running drill now and shows its debrief. */
    public void end() {
        finish(clock.instant());
    }

    public void dismissDebrief() {
        debrief.set(null);
    }

    /** The tags an incident declared now gets: the drill's while one runs, else none. */
    public List<String> declareTags() {
        DrillRun run = running.get();
        return run == null ? List.of() : Incident.drillTags(run.scenario().id());
    }

    /** On every store change during a drill: has its incident been resolved? Then the drill is over. */
    private void checkIncident() {
        DrillRun run = running.get();
        if (run == null || connection.storeProperty().get() == null) {
            return;
        }
        connection.run(store -> drillIncident(store, run).filter(i -> i.status() == IncidentStatus.RESOLVED
                        || i.status() == IncidentStatus.CLOSED).flatMap(i -> store.timeline(i.id()).stream()
                        .filter(e -> e.kind() == EventKind.RESOLVED).map(TimelineEvent::at).max(Comparator.naturalOrder())),
                resolvedAt -> {
                    if (resolvedAt.isPresent() && running.get() == run) {
                        finish(resolvedAt.get().isBefore(run.startedAt()) ? clock.instant() : resolvedAt.get());
                    }
                },
                e -> message.set("Could not read the drill's incident: " + e.getMessage()));
    }

    private void finish(Instant at) {
        Optional<DrillRun> ended = drills.end(at);
        running.set(null);
        tick();
        if (ended.isEmpty()) {
            return;
        }
        DrillRun run = ended.get();
        Optional<Instant> acked = pageAcknowledged.apply(run);
        if (connection.storeProperty().get() == null) {
            debrief.set(DrillDebrief.of(run, Optional.empty(), List.of(), acked));
            return;
        }
        connection.run(store -> {
                    Optional<Incident> incident = drillIncident(store, run);
                    List<TimelineEvent> timeline = incident.map(i -> store.timeline(i.id())).orElse(List.of());
                    DrillDebrief d = DrillDebrief.of(run, incident, timeline, acked);
                    incident.ifPresent(i -> store.append(i.id(), new NewEvent(EventKind.NOTE, clock.instant(), "vigil",
                            d.asNote(), EventSource.SYSTEM)));
                    return d;
                }, debrief::set,
                e -> {
                    debrief.set(DrillDebrief.of(run, Optional.empty(), List.of(), acked));
                    message.set("The debrief could not be written to the incident: " + e.getMessage());
                });
    }

    /** The first drill incident declared since the run started. */
    static Optional<Incident> drillIncident(IncidentStore store, DrillRun run) {
        return store.list(new IncidentQuery(Set.of(), Set.of(), Set.of(), run.startedAt().minusSeconds(1), null, 50)).stream()
                .filter(Incident::drill)
                .filter(i -> i.tags().containsAll(Incident.drillTags(run.scenario().id())))
                .min(Comparator.comparing(Incident::detectedAt));
    }

    public ReadOnlyObjectProperty<DrillRun> runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pickerOpenProperty() {
        return pickerOpen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DrillDebrief> debriefProperty() {
        return debrief.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the active environment is the demo: only its fleet can be drilled. */
    public BooleanBinding availableProperty() {
        return available;
    }

    public ReadOnlyObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    @Override
    public void close() {
        ticker.cancel(false);
        try {
            listening.close();
        } catch (Exception e) {
            // Removing a listener from a list does not fail.
        }
    }
}
