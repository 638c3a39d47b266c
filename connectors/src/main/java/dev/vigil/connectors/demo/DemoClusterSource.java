package dev.vigil.connectors.demo;

import dev.vigil.connectors.kubernetes.AccessDecision;
import dev.vigil.connectors.kubernetes.ClusterAction;
import dev.vigil.connectors.kubernetes.ClusterEvent;
import dev.vigil.connectors.kubernetes.ClusterException;
import dev.vigil.connectors.kubernetes.ClusterListener;
import dev.vigil.connectors.kubernetes.ClusterSource;
import dev.vigil.connectors.kubernetes.ClusterStatus;
import dev.vigil.connectors.kubernetes.ConnectionState;
import dev.vigil.connectors.kubernetes.DeploymentSummary;
import dev.vigil.connectors.kubernetes.LogRequest;
import dev.vigil.connectors.kubernetes.NodeSummary;
import dev.vigil.connectors.kubernetes.PodDetails;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.PodUsageSource;
import dev.vigil.connectors.kubernetes.RevisionSummary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The demo fleet as a cluster: its pods, deployments and events pushed to listeners like an
 * informer would, logs from the fleet's traffic (trace ids and all), and actions that change the
 * simulated state (a deleted pod is replaced, a scaled deployment gains or loses pods).
 */
public final class DemoClusterSource implements ClusterSource {

    private final DemoFleet fleet;
    private final DemoClusterState state;
    private final DrillClusterEffects drills;
    private final DemoLogs logs;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final List<ClusterListener> listeners = new CopyOnWriteArrayList<>();
    private final ClusterStatus connected;

    public DemoClusterSource(DemoFleet fleet, ScheduledExecutorService timer, Clock clock) {
        this.fleet = fleet;
        this.state = new DemoClusterState(fleet, clock);
        this.drills = new DrillClusterEffects(fleet, state);
        this.logs = new DemoLogs(fleet);
        this.timer = timer;
        this.clock = clock;
        this.connected = new ClusterStatus(ConnectionState.CONNECTED, "simulated demo cluster", clock.instant());
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public ClusterStatus status() {
        return connected;
    }

    @Override
    public AutoCloseable watch(ClusterListener listener) {
        listeners.add(listener);
        // The first list arrives on a connector thread, as an informer's does.
        ScheduledFuture<?> first = timer.schedule(() -> {
            drills.advance(clock.instant());
            listener.status(connected);
            List<PodSummary> pods = state.pods();
            for (PodSummary p : pods) {
                listener.pod(p.key(), p);
            }
            listener.podsListed();
            for (NodeSummary n : DemoNodes.of(pods, clock.instant())) {
                listener.node(n.name(), n);
            }
            for (DeploymentSummary d : state.deployments()) {
                listener.deployment(d.key(), d);
            }
            for (ClusterEvent e : state.events()) {
                listener.event(e);
            }
        }, 50, TimeUnit.MILLISECONDS);
        // A drill's steps play on the cluster while someone watches (a drill that ran meanwhile catches up).
        ScheduledFuture<?> ticks = timer.scheduleWithFixedDelay(() -> {
            DemoClusterState.Change change = drills.advance(clock.instant());
            if (!change.isEmpty()) {
                publishTo(listener, change);
            }
        }, 1, 1, TimeUnit.SECONDS);
        return () -> {
            first.cancel(false);
            ticks.cancel(false);
            listeners.remove(listener);
        };
    }

    /** CPU and memory of the simulated pods, for the pods table. */
    public PodUsageSource usage() {
        return new DemoPodUsage(fleet, state::pods, clock);
    }

    @Override
    public PodDetails podDetails(String namespace, String name) {
        return state.details(namespace, name).orElseThrow(() -> new ClusterException("pod " + namespace + "/" + name + " is gone"));
    }

    @Override
    public List<ClusterEvent> events(String kind, String namespace, String name) {
        return state.events().stream().filter(e -> e.about(kind, namespace, name))
                .sorted((a, b) -> b.lastSeen().compareTo(a.lastSeen())).toList();
    }

    @Override
    public List<String> logs(LogRequest request) {
        int tail = request.tailLines() > 0 ? request.tailLines() : 500;
        Instant now = clock.instant();
        Duration back = request.sinceSeconds() > 0 ? Duration.ofSeconds(request.sinceSeconds()) : Duration.ofMinutes(10);
        List<String> lines = podLines(request, now.minus(back), now);
        return lines.subList(Math.max(0, lines.size() - tail), lines.size());
    }

    @Override
    public AutoCloseable followLogs(LogRequest request, Consumer<String> lines, Consumer<Throwable> ended) {
        Instant[] from = {clock.instant()};
        ScheduledFuture<?> task = timer.scheduleAtFixedRate(() -> {
            Instant to = clock.instant();
            podLines(request, from[0], to).forEach(lines);
            from[0] = to;
        }, 1, 1, TimeUnit.SECONDS);
        return () -> task.cancel(false);
    }

    private List<String> podLines(LogRequest request, Instant from, Instant to) {
        List<String> out = new ArrayList<>();
        for (DemoLogLine l : logs.between(from, to, Duration.ofMillis(40))) {
            if (l.pod().equals(request.pod())) {
                // As the kubelet does: its own RFC 3339 timestamp in front of the line when asked.
                out.add(request.timestamps() ? l.at() + " " + l.text() : l.text());
            }
        }
        return out;
    }

    @Override
    public List<RevisionSummary> history(String namespace, String deployment) {
        return state.history(namespace, deployment);
    }

    @Override
    public AccessDecision canI(ClusterAction action, String namespace) {
        return AccessDecision.allow();
    }

    @Override
    public void deletePod(String namespace, String name) {
        DemoClusterState.Change change = state.deletePod(namespace, name);
        publish(change);
    }

    @Override
    public void restartDeployment(String namespace, String name) {
        publish(state.restart(namespace, name));
    }

    @Override
    public void scaleDeployment(String namespace, String name, int replicas) {
        publish(state.scale(namespace, name, replicas));
    }

    private void publish(DemoClusterState.Change change) {
        for (ClusterListener l : listeners) {
            publishTo(l, change);
        }
    }

    private static void publishTo(ClusterListener l, DemoClusterState.Change change) {
        change.removed().forEach(key -> l.pod(key, null));
        change.pods().forEach(p -> l.pod(p.key(), p));
        change.deployments().forEach(d -> l.deployment(d.key(), d));
        change.events().forEach(l::event);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
