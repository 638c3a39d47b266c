package dev.vigil.connectors.demo;

import dev.vigil.connectors.kubernetes.ClusterEvent;
import dev.vigil.connectors.kubernetes.DeploymentSummary;
import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.RevisionSummary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plays the drills' cluster steps on the simulated cluster as a controller would: a rollout makes a
 * new revision, a crash loop kills its replicas on schedule, a batch job's pod lands on a node. Called
 * on every tick with the current instant; each step happens once, crash loops move with time, and when
 * a drill ends its pods recover and its job finishes.
 */
final class DrillClusterEffects {

    /** How long a killed container shows its termination before the back-off shows instead. */
    private static final Duration JUST_KILLED = Duration.ofSeconds(8);

    private final DemoFleet fleet;
    private final DemoClusterState state;
    private final Set<String> applied = new HashSet<>();
    private final Set<String> finished = new HashSet<>();
    // Per crash loop step: the restarts each crashing pod had before the drill.
    private final Map<String, Map<String, Integer>> restartsBefore = new HashMap<>();
    private final Map<String, String> jobPods = new HashMap<>();

    DrillClusterEffects(DemoFleet fleet, DemoClusterState state) {
        this.fleet = fleet;
        this.state = state;
    }

    /** What changed since the last call; empty when nothing did. */
    synchronized DemoClusterState.Change advance(Instant now) {
        Map<String, PodSummary> pods = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        Map<String, DeploymentSummary> deployments = new LinkedHashMap<>();
        List<ClusterEvent> events = new ArrayList<>();
        for (DrillRun run : fleet.drills().runs()) {
            List<ClusterStep> steps = run.scenario().steps();
            for (int i = 0; i < steps.size(); i++) {
                String key = run.serial() + ":" + i;
                ClusterStep step = steps.get(i);
                if (finished.contains(key)) {
                    continue;
                }
                Instant stepAt = run.instantOf(step.at());
                boolean happened = run.running() ? !stepAt.isAfter(now) : stepAt.isBefore(run.endedAt());
                if (!applied.contains(key)) {
                    if (!happened) {
                        if (!run.running()) {
                            finished.add(key);
                        }
                        continue;
                    }
                    applied.add(key);
                    start(key, step, run, now, pods, deployments, events);
                }
                if (run.running()) {
                    tick(key, step, run, now, pods, deployments, events);
                } else {
                    finish(key, step, now, pods, removed, deployments, events);
                    finished.add(key);
                }
            }
        }
        return new DemoClusterState.Change(removed, List.copyOf(pods.values()), List.copyOf(deployments.values()), events);
    }

    private void start(String key, ClusterStep step, DrillRun run, Instant now, Map<String, PodSummary> pods,
                       Map<String, DeploymentSummary> deployments, List<ClusterEvent> events) {
        Instant at = run.instantOf(step.at());
        switch (step) {
            case ClusterStep.Rollout r -> {
                DemoService s = fleet.service(r.service()).orElseThrow();
                RevisionSummary rev = state.rollOut(r.service(), r.image(), at);
                for (DemoPod p : fleet.pods(r.service())) {
                    PodSummary old = state.pod(state.currentKey(p.key()));
                    if (old != null) {
                        // The replica set's pods were replaced one by one during the rollout: young again.
                        PodSummary fresh = with(old, old.ready(), old.status(), old.lastTermination(), old.health(), old.restarts(),
                                old.lastRestart(), at.plusMillis(Math.round(2000.0 * p.ordinal() / run.speed())));
                        state.putPod(fresh);
                        pods.put(fresh.key(), fresh);
                    }
                }
                events.add(state.record(s.namespace(), s.workloadKind(), s.name(), "Normal", "ScalingReplicaSet",
                        "Scaled up replica set " + rev.replicaSet() + " to " + s.replicas() + " (image " + r.image() + ")", 1, at));
                DeploymentSummary d = state.refreshDeployment(r.service(), now);
                deployments.put(d.key(), d);
            }
            case ClusterStep.CrashLoop c -> {
                Map<String, Integer> before = new HashMap<>();
                for (DemoPod p : fleet.pods()) {
                    if (c.pods().matches(p, fleet)) {
                        PodSummary current = state.pod(state.currentKey(p.key()));
                        before.put(p.key(), current == null ? 0 : current.restarts());
                    }
                }
                restartsBefore.put(key, before);
            }
            case ClusterStep.AddPod a -> {
                String node = a.nodeOf().node(fleet);
                String name = a.namePrefix() + "-" + Long.toString(Math.abs((run.serial() * 7919L + node.hashCode()) % 46_656L) + 46_656L, 36);
                PodSummary pod = new PodSummary(a.namespace(), name, 1, 1, "Running", "Running", null, PodHealth.RUNNING, 0, null,
                        at, node, "10.42.7." + (20 + run.serial() % 200), a.ownerKind(), a.ownerName(),
                        Map.of("job-name", a.ownerName(), "team", "data"));
                state.putPod(pod);
                jobPods.put(key, pod.key());
                pods.put(pod.key(), pod);
                events.add(state.record(a.namespace(), "Pod", name, "Normal", "Scheduled",
                        "Successfully assigned " + a.namespace() + "/" + name + " to " + node, 1, at));
                events.add(state.record(a.namespace(), "Job", a.ownerName(), "Normal", "SuccessfulCreate",
                        "Created pod: " + name, 1, at));
            }
        }
    }

    private void tick(String key, ClusterStep step, DrillRun run, Instant now, Map<String, PodSummary> pods,
                      Map<String, DeploymentSummary> deployments, List<ClusterEvent> events) {
        if (!(step instanceof ClusterStep.CrashLoop c)) {
            return;
        }
        Instant first = run.instantOf(c.at());
        long periodMs = Math.max(1, Math.round(c.every().toMillis() / run.speed()));
        long kills = Duration.between(first, now).toMillis() / periodMs + 1;
        Instant lastKill = first.plusMillis((kills - 1) * periodMs);
        boolean justKilled = Duration.between(lastKill, now).compareTo(Duration.ofMillis(Math.round(JUST_KILLED.toMillis() / run.speed()))) < 0;
        for (Map.Entry<String, Integer> e : restartsBefore.getOrDefault(key, Map.of()).entrySet()) {
            PodSummary old = state.pod(state.currentKey(e.getKey()));
            if (old == null) {
                continue;
            }
            int restarts = e.getValue() + (int) kills;
            String status = justKilled ? c.reason() : "CrashLoopBackOff";
            if (old.restarts() == restarts && status.equals(old.status())) {
                continue;
            }
            PodSummary next = with(old, 0, status, c.reason(), PodHealth.FAILING, restarts, lastKill, old.created());
            state.putPod(next);
            pods.put(next.key(), next);
            if (old.restarts() != restarts) {
                events.add(state.record(old.namespace(), "Pod", old.name(), "Warning", "BackOff",
                        "Back-off restarting failed container " + old.ownerName() + " in pod " + old.name(), (int) kills, now));
                if (c.reason().equals("OOMKilled")) {
                    events.add(state.record(old.namespace(), "Pod", old.name(), "Warning", "OOMKilling",
                            "Memory cgroup out of memory: Killed process (java), limit "
                                    + Math.round(fleet.memoryLimitMb(old.ownerName())) + "Mi", (int) kills, lastKill));
                }
            }
            DeploymentSummary d = state.refreshDeployment(old.ownerName(), now);
            deployments.put(d.key(), d);
        }
    }

    private void finish(String key, ClusterStep step, Instant now, Map<String, PodSummary> pods, List<String> removed,
                        Map<String, DeploymentSummary> deployments, List<ClusterEvent> events) {
        switch (step) {
            case ClusterStep.CrashLoop c -> {
                for (String fleetKey : restartsBefore.getOrDefault(key, Map.of()).keySet()) {
                    PodSummary old = state.pod(state.currentKey(fleetKey));
                    if (old == null || old.health() != PodHealth.FAILING) {
                        continue;
                    }
                    // The drill is over: the replica comes up and stays up; its restarts are history.
                    PodSummary next = with(old, old.containers(), "Running", c.reason(), PodHealth.RUNNING, old.restarts(),
                            old.lastRestart(), old.created());
                    state.putPod(next);
                    pods.put(next.key(), next);
                    DeploymentSummary d = state.refreshDeployment(old.ownerName(), now);
                    deployments.put(d.key(), d);
                }
            }
            case ClusterStep.AddPod a -> {
                String podKey = jobPods.remove(key);
                if (podKey != null && state.removePod(podKey) != null) {
                    removed.add(podKey);
                    pods.remove(podKey);
                    events.add(state.record(a.namespace(), "Job", a.ownerName(), "Normal", "Completed", "Job completed", 1, now));
                }
            }
            case ClusterStep.Rollout r -> {
                // A rollout stays rolled out: the revision history keeps it.
            }
        }
    }

    private static PodSummary with(PodSummary p, int ready, String status, String lastTermination, PodHealth health, int restarts,
                                   Instant lastRestart, Instant created) {
        return new PodSummary(p.namespace(), p.name(), ready, p.containers(), p.phase(), status, lastTermination, health, restarts,
                lastRestart, created, p.node(), p.ip(), p.ownerKind(), p.ownerName(), p.labels());
    }
}
