package dev.vigil.connectors.demo;

import dev.vigil.connectors.alerting.AlertPriority;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Plays the drills' alerts on the demo's alert source, as the company's monitoring would: each alert
 * fires when the drill reaches it (labelled {@code drill=<id>}, so whoever declares from it knows it is
 * a drill) and resolves when the drill ends. Also tells when the drill's page was acknowledged.
 */
public final class DrillAlerting implements AutoCloseable {

    /** The label that marks an alert as a drill's (the Alerts section reads it); its value is the drill's id. */
    public static final String DRILL_LABEL = "drill";

    private final DemoDrills drills;
    private final DemoAlertSource alerts;
    private final Clock clock;
    private final Set<String> raised = new HashSet<>();
    private ScheduledFuture<?> ticks;

    public DrillAlerting(DemoDrills drills, DemoAlertSource alerts, Clock clock) {
        this.drills = drills;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Checks the drills once a second. */
    public void start(ScheduledExecutorService timer) {
        ticks = timer.scheduleWithFixedDelay(this::advance, 0, 1, TimeUnit.SECONDS);
    }

    /** Raises what is due, resolves what ended. */
    public synchronized void advance() {
        Instant now = clock.instant();
        for (DrillRun run : drills.runs()) {
            for (DrillAlert a : run.scenario().alerts()) {
                String id = run.serial() + "/" + a.key();
                if (run.running() && run.reached(a.at(), now) && raised.add(id)) {
                    alerts.raise(injected(run, a));
                } else if (!run.running() && raised.remove(id)) {
                    alerts.resolve(a.key());
                }
            }
        }
    }

    static DemoAlertSource.InjectedAlert injected(DrillRun run, DrillAlert a) {
        Map<String, String> labels = new LinkedHashMap<>(a.labels());
        labels.put(DRILL_LABEL, run.scenario().id());
        return new DemoAlertSource.InjectedAlert(a.key(), a.title(), a.service(), AlertPriority.values()[Math.max(0, Math.min(4, a.priority() - 1))],
                a.description(), labels);
    }

    /** When the run's first page was acknowledged in the Alerts section, if it was. */
    public Optional<Instant> pageAcknowledged(DrillRun run) {
        return alerts.acknowledgedAt(run.scenario().firstAlert().key(), run.startedAt());
    }

    @Override
    public void close() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }
}
