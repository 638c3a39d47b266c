package dev.vigil.sandbox;

import dev.vigil.connectors.alerting.Alert;
import dev.vigil.connectors.alerting.AlertListener;
import dev.vigil.connectors.alerting.AlertFeedState;
import dev.vigil.connectors.alerting.AlertStatus;
import dev.vigil.connectors.alerting.LocalAlertmanager;
import dev.vigil.connectors.demo.DemoAlertSource;
import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DrillAlerting;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Sends the fleet's firing alerts to Alertmanager as Prometheus's rule evaluation would: the demo's own
 * rules (the crash-looping pod, slow services) and every drill's pages, re-sent while they fire with an
 * end a few minutes ahead, and sent once more with an end of now when they clear.
 */
public final class AlertShipper implements AutoCloseable {

    private static final Duration HOLD = Duration.ofMinutes(3);

    private final DemoAlertSource alerts;
    private final DrillAlerting drills;
    private final LocalAlertmanager alertmanager;
    private final Clock clock;
    private final Set<String> firing = new HashSet<>();

    public AlertShipper(DemoFleet fleet, LocalAlertmanager alertmanager, ScheduledExecutorService timer, Clock clock) {
        this.alerts = new DemoAlertSource(fleet, timer, clock);
        this.drills = new DrillAlerting(fleet.drills(), alerts, clock);
        this.alertmanager = alertmanager;
        this.clock = clock;
    }

    /** Starts the rules and the drills' pages; {@link #step} then ships what fires. */
    public void start(ScheduledExecutorService timer) {
        alerts.start(new AlertListener() {
            @Override
            public void onAlerts(List<Alert> list) {
                // Shipped on the next step: Alertmanager takes the whole firing set each time.
            }

            @Override
            public void onState(AlertFeedState state) {
                // The demo source is always live.
            }
        });
        drills.start(timer);
    }

    /** Posts the firing alerts (again) and the ones that cleared since the last step. */
    public synchronized int step() throws IOException, InterruptedException {
        Instant now = clock.instant();
        List<LocalAlertmanager.Posted> posts = new ArrayList<>();
        Set<String> still = new HashSet<>();
        for (Alert a : alerts.alerts()) {
            String key = a.labels().getOrDefault("alertname", a.title()) + "/" + a.service() + "/" + a.createdAt();
            boolean active = a.status() != AlertStatus.CLOSED;
            if (active) {
                still.add(key);
                posts.add(posted(a, now.plus(HOLD)));
            } else if (firing.contains(key)) {
                posts.add(posted(a, now));
            }
        }
        firing.clear();
        firing.addAll(still);
        if (!posts.isEmpty()) {
            alertmanager.post(posts);
        }
        return still.size();
    }

    private static LocalAlertmanager.Posted posted(Alert a, Instant endsAt) {
        Map<String, String> labels = new LinkedHashMap<>(a.labels());
        labels.putIfAbsent("alertname", a.title());
        labels.putIfAbsent("service", a.service());
        labels.put("priority", a.priority().name());
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", a.title());
        annotations.put("description", a.description());
        String runbook = labels.remove("runbook_url");
        if (runbook != null) {
            annotations.put("runbook_url", runbook);
        }
        return new LocalAlertmanager.Posted(labels, annotations, a.createdAt(), endsAt);
    }

    @Override
    public void close() {
        drills.close();
        alerts.close();
    }
}
