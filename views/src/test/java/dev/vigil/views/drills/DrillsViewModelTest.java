package dev.vigil.views.drills;

import dev.vigil.connectors.ManualClock;
import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DrillDebrief;
import dev.vigil.connectors.demo.DrillScenarios;
import dev.vigil.environments.Environment;
import dev.vigil.environments.Tier;
import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.EvidenceKind;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.TimelineEvent;
import dev.vigil.incidents.store.IncidentStore;
import dev.vigil.incidents.store.JdbcIncidentStore;
import dev.vigil.incidents.store.NewEvent;
import dev.vigil.incidents.store.NewEvidence;
import dev.vigil.incidents.store.NewIncident;
import dev.vigil.incidents.store.StoreLocation;
import dev.vigil.views.common.StoreConnection;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A drill from start to debrief against a real SQLite store: tags, the incident's times, the note. */
class DrillsViewModelTest {

    private static final Instant T0 = Instant.parse("2026-11-22T14:00:00Z");

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(T0);
    private final ExecutorService io = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
    private final DemoFleet fleet = new DemoFleet(DemoFleet.DEFAULT_SEED, T0);
    private final SimpleObjectProperty<Environment> environment = new SimpleObjectProperty<>(Environment.builtInDemo());
    private StoreConnection connection;
    private IncidentStore writer;
    private DrillsViewModel model;
    private volatile Optional<Instant> pageAcked = Optional.empty();

    @BeforeEach
    void open() throws Exception {
        StoreLocation location = StoreLocation.sqliteFile(dir.resolve("incidents.db"));
        writer = JdbcIncidentStore.open(location, clock);
        connection = new StoreConnection(() -> JdbcIncidentStore.open(location, clock), location.toString(), io, timer, Runnable::run);
        connection.connect();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> connection.storeProperty().get() != null);
        model = new DrillsViewModel(fleet.drills(), environment, connection, clock, timer, Runnable::run, run -> pageAcked);
    }

    @AfterEach
    void close() {
        model.close();
        connection.close();
        writer.close();
        io.shutdownNow();
        timer.shutdownNow();
    }

    private Incident declareDrillIncident(Instant at) {
        return writer.declare(new NewIncident(null, "Payments slow", "payments", Severity.SEV2, "demo", at, "trainee",
                EventSource.ALERT, model.declareTags()));
    }

    @Test
    void incidentsDeclaredDuringADrillAreTaggedAsDrills() {
        assertThat(model.declareTags()).isEmpty();

        model.start(DrillScenarios.PAYMENTS_LATENCY, 1);

        assertThat(model.runningProperty().get().scenario()).isEqualTo(DrillScenarios.PAYMENTS_LATENCY);
        assertThat(model.declareTags()).containsExactly(Incident.DRILL_TAG, "drill:payments-latency");
        assertThat(fleet.drills().current()).isPresent();
    }

    @Test
    void drillsOnlyStartOnTheDemoEnvironment() {
        environment.set(new Environment("prod", Tier.PRODUCTION, false, "prod-eu", null, null, null, List.of()));

        model.start(DrillScenarios.PAYMENTS_LATENCY, 1);

        assertThat(fleet.drills().current()).isEmpty();
        assertThat(model.messageProperty().get()).contains("demo environment");
    }

    @Test
    void resolvingTheDrillsIncidentEndsTheDrillWithADebriefOnItsTimeline() throws Exception {
        model.start(DrillScenarios.PAYMENTS_LATENCY, 10); // the page goes out 7.5 s in
        clock.advance(Duration.ofSeconds(20));
        Incident incident = declareDrillIncident(clock.instant());
        clock.advance(Duration.ofSeconds(10));
        writer.append(incident.id(), NewEvent.of(EventKind.ACKNOWLEDGED, clock.instant()));
        clock.advance(Duration.ofSeconds(20));
        writer.addEvidence(incident.id(), new NewEvidence(EvidenceKind.METRIC_SNAPSHOT, "Latency p99 of payments", "3.1 s", "", "trainee"));
        clock.advance(Duration.ofSeconds(10));
        writer.addEvidence(incident.id(), new NewEvidence(EvidenceKind.POD, "pod payments/payments-x Running",
                "image registry.demo/payments:4.18.0", "cluster:demo:payments/payments-x", "trainee"));
        clock.advance(Duration.ofSeconds(30));
        writer.append(incident.id(), NewEvent.of(EventKind.RESOLVED, clock.instant()));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.debriefProperty().get() != null);

        DrillDebrief d = model.debriefProperty().get();
        assertThat(d.incidentId()).isEqualTo(incident.id());
        assertThat(d.toAcknowledge()).contains(Duration.ofMillis(22_500));
        assertThat(d.toFindCause()).as("the metric names a symptom; the pod's image names the cause").contains(Duration.ofMillis(52_500));
        assertThat(d.causeEvidence()).startsWith("pod payments/");
        assertThat(d.toResolve()).contains(Duration.ofMillis(82_500));
        assertThat(model.runningProperty().get()).isNull();
        assertThat(fleet.drills().current()).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> writer.timeline(incident.id()).stream()
                .anyMatch(e -> e.kind() == EventKind.NOTE && e.text().startsWith("Drill debrief")));
        TimelineEvent note = writer.timeline(incident.id()).stream().filter(e -> e.kind() == EventKind.NOTE).findFirst().orElseThrow();
        assertThat(note.text()).contains("Time to acknowledge: 22s").contains("Cause: Rollout 4.18.0");
    }

    @Test
    void aPageAcknowledgedInAlertsBeforeTheIncidentCountsAsTheAcknowledgement() throws Exception {
        model.start(DrillScenarios.PAYMENTS_LATENCY, 10);
        pageAcked = Optional.of(T0.plusSeconds(12));
        clock.advance(Duration.ofSeconds(40));
        Incident incident = declareDrillIncident(clock.instant());
        writer.append(incident.id(), NewEvent.of(EventKind.ACKNOWLEDGED, clock.instant()));

        model.end();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.debriefProperty().get() != null);
        assertThat(model.debriefProperty().get().toAcknowledge()).contains(Duration.ofMillis(4_500));
        assertThat(model.debriefProperty().get().toResolve()).isEmpty();
    }

    @Test
    void endingADrillWithoutAnIncidentStillDebriefs() throws Exception {
        model.start(DrillScenarios.NOISY_NEIGHBOUR, 1);
        clock.advance(Duration.ofSeconds(30));

        model.end();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.debriefProperty().get() != null);
        DrillDebrief d = model.debriefProperty().get();
        assertThat(d.pagedAt()).as("ended before the page").isNull();
        assertThat(d.incidentId()).isNull();
        assertThat(d.toAcknowledge()).isEmpty();
    }
}
