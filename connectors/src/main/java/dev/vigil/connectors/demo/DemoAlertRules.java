package dev.vigil.connectors.demo;

import dev.vigil.connectors.alerting.Alert;
import dev.vigil.connectors.alerting.AlertLink;
import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.connectors.alerting.AlertStatus;
import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The alert rules of the demo company, evaluated on the simulated fleet: a crash-looping pod (from
 * the simulated cluster) pages at P2, and a service whose p99 latency stays above
 * {@link #P99_THRESHOLD_MS} raises a P3 warning that resolves once it is back under
 * {@link #P99_CLEAR_MS}. Because the fleet is a pure function of time, the last day's latency
 * episodes are replayed on start: the ones that ended are the closed alerts of the history.
 */
final class DemoAlertRules {

    static final double P99_THRESHOLD_MS = 500;
    static final double P99_CLEAR_MS = 450;
    static final Duration HISTORY = Duration.ofHours(24);

    /** A rule's verdict at an instant: the alert it keeps firing (by key), and where each latency episode stands. */
    record Firing(String key, Alert alert) {
    }

    private final DemoFleet fleet;
    private final Clock clock;
    private final List<PodSummary> pods;

    DemoAlertRules(DemoFleet fleet, Clock clock) {
        this.fleet = fleet;
        this.clock = clock;
        this.pods = new DemoClusterState(fleet, clock).pods();
    }

    /**
     * Crash-looping pods of the simulated cluster, firing for as long as the demo runs, and pods that
     * restarted once and run again: a P4 that fired for the hour after the restart and is closed now.
     */
    List<Firing> crashLoops() {
        List<Firing> out = new ArrayList<>();
        for (PodSummary p : pods) {
            if (p.health() == PodHealth.RUNNING && p.restarts() > 0 && p.lastRestart() != null) {
                out.add(restarted(p));
                continue;
            }
            if (p.health() != PodHealth.FAILING) {
                continue;
            }
            String service = p.labels().getOrDefault("app", p.ownerName());
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("alertname", "KubePodCrashLooping");
            labels.put("namespace", p.namespace());
            labels.put("pod", p.name());
            labels.put("service", service);
            labels.put("severity", "high");
            Map<String, String> details = new LinkedHashMap<>();
            details.put("restarts", String.valueOf(p.restarts()));
            details.put("last termination", p.lastTermination() == null ? "" : p.lastTermination());
            details.put("node", p.node());
            String why = p.lastTermination() == null ? p.status() : p.lastTermination();
            Instant since = p.lastRestart() == null ? clock.instant() : p.lastRestart();
            Alert alert = new Alert("demo-crashloop-" + p.name(), "Pod " + p.name() + " crash-looping: " + why,
                    "Container " + service + " in pod " + p.key() + " restarted " + p.restarts() + " times; the last exit was "
                            + why + ". Kubernetes backs off before each restart, so the pod serves no traffic.",
                    AlertPriority.P2, AlertStatus.OPEN, "kubernetes", service, List.of("service:" + service, "kubernetes"),
                    labels, p.restarts(), since, clock.instant(), "", "", details,
                    List.of(new AlertLink("Pod in Cluster", "vigil:cluster/" + p.key())), List.of());
            out.add(new Firing("crashloop/" + p.key(), alert));
        }
        return out;
    }

    private Firing restarted(PodSummary p) {
        String service = p.labels().getOrDefault("app", p.ownerName());
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alertname", "KubePodRestarted");
        labels.put("namespace", p.namespace());
        labels.put("pod", p.name());
        labels.put("service", service);
        labels.put("severity", "info");
        String why = p.lastTermination() == null ? "a restart" : p.lastTermination();
        Alert alert = new Alert("demo-restarted-" + p.name(), "Pod " + p.name() + " restarted (" + why + ")",
                "A container of " + p.key() + " exited with " + why + " and was restarted; it has been ready since.",
                AlertPriority.P4, AlertStatus.CLOSED, "kubernetes", service, List.of("service:" + service, "kubernetes"),
                labels, p.restarts(), p.lastRestart(), p.lastRestart().plus(Duration.ofHours(1)), "", "",
                Map.of("restarts", String.valueOf(p.restarts()), "node", p.node()),
                List.of(new AlertLink("Pod in Cluster", "vigil:cluster/" + p.key())), List.of());
        return new Firing("restarted/" + p.key(), alert);
    }

    /** One stretch of time a service's p99 stayed above the threshold; {@code end} null while it lasts. */
    record Episode(String service, Instant start, Instant end, double worstMs) {
    }

    /** The latency episodes of the last {@link #HISTORY}, minute by minute, oldest first. */
    List<Episode> latencyEpisodes(Instant now) {
        List<Episode> out = new ArrayList<>();
        Instant from = now.minus(HISTORY).truncatedTo(ChronoUnit.MINUTES);
        for (DemoService s : fleet.services()) {
            Instant start = null;
            double worst = 0;
            for (Instant t = from; !t.isAfter(now); t = t.plus(Duration.ofMinutes(1))) {
                double p99 = fleet.latencyMs(s.name(), 0.99, t);
                if (start == null && p99 > P99_THRESHOLD_MS) {
                    start = t;
                    worst = p99;
                } else if (start != null && p99 < P99_CLEAR_MS) {
                    out.add(new Episode(s.name(), start, t, worst));
                    start = null;
                } else if (start != null) {
                    worst = Math.max(worst, p99);
                }
            }
            if (start != null) {
                out.add(new Episode(s.name(), start, null, worst));
            }
        }
        return out;
    }

    /** Whether a service's latency alert fires at {@code now}, given whether it fired before (hysteresis). */
    boolean latencyFiring(String service, boolean wasFiring, Instant now) {
        double p99 = fleet.latencyMs(service, 0.99, now);
        return wasFiring ? p99 >= P99_CLEAR_MS : p99 > P99_THRESHOLD_MS;
    }

    double p99(String service, Instant now) {
        return fleet.latencyMs(service, 0.99, now);
    }

    List<String> services() {
        return fleet.services().stream().map(DemoService::name).toList();
    }

    /** The alert of one latency episode; closed when the episode ended. */
    Alert latencyAlert(Episode e, Instant now) {
        double current = p99(e.service(), e.end() == null ? now : e.end());
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alertname", "HighLatencyP99");
        labels.put("service", e.service());
        labels.put("severity", "warning");
        Map<String, String> details = new LinkedHashMap<>();
        details.put("p99", String.format(Locale.ROOT, "%.0f ms", current));
        details.put("worst p99", String.format(Locale.ROOT, "%.0f ms", e.worstMs()));
        details.put("threshold", String.format(Locale.ROOT, "%.0f ms (clears below %.0f ms)", P99_THRESHOLD_MS, P99_CLEAR_MS));
        Instant last = e.end() == null ? now : e.end();
        int count = 1 + (int) Duration.between(e.start(), last).toHours();
        return new Alert("demo-latency-" + e.service() + "-" + e.start().getEpochSecond(),
                "High p99 latency on " + e.service(),
                String.format(Locale.ROOT, "%s answers its slowest 1%% of requests in %.0f ms, above the %.0f ms objective. "
                        + "Latency grows with traffic; check its dependencies and saturation.", e.service(), current, P99_THRESHOLD_MS),
                AlertPriority.P3, e.end() == null ? AlertStatus.OPEN : AlertStatus.CLOSED, "prometheus", e.service(),
                List.of("service:" + e.service(), "latency"), labels, count, e.start(), last, "", "", details,
                List.of(new AlertLink("Latency tile", "vigil:metrics/" + e.service())), List.of());
    }
}
