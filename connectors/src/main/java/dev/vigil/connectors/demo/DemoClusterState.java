package dev.vigil.connectors.demo;

import dev.vigil.connectors.kubernetes.ClusterEvent;
import dev.vigil.connectors.kubernetes.DeploymentSummary;
import dev.vigil.connectors.kubernetes.PodDetails;
import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.RevisionSummary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated cluster's current state: a pod per fleet pod (one notifications pod crash-looping on
 * OOM, as real fleets always have something), one deployment or statefulset per service, and the
 * events that go with them. Actions change it like a controller would. Thread-safe.
 */
final class DemoClusterState {

    /** What an action changed, to be pushed to listeners. */
    record Change(List<String> removed, List<PodSummary> pods, List<DeploymentSummary> deployments, List<ClusterEvent> events) {
        boolean isEmpty() {
            return removed.isEmpty() && pods.isEmpty() && deployments.isEmpty() && events.isEmpty();
        }
    }

    private final DemoFleet fleet;
    private final Clock clock;
    private final Map<String, PodSummary> pods = new LinkedHashMap<>();
    private final Map<String, DeploymentSummary> deployments = new LinkedHashMap<>();
    private final List<ClusterEvent> events = new ArrayList<>();
    private final Map<String, String> images = new HashMap<>();
    private final Map<String, List<RevisionSummary>> revisions = new HashMap<>();
    // A deleted pod's replacement, so that a drill's crash loop follows the replica to its new pod.
    private final Map<String, String> replacedBy = new HashMap<>();
    private final AtomicInteger serial = new AtomicInteger();

    DemoClusterState(DemoFleet fleet, Clock clock) {
        this.fleet = fleet;
        this.clock = clock;
        Instant now = clock.instant();
        for (DemoPod p : fleet.pods()) {
            boolean sick = p.service().equals("notifications") && p.ordinal() == 2;
            PodSummary pod = sick
                    ? new PodSummary(p.namespace(), p.name(), 0, 1, "Running", "CrashLoopBackOff", "OOMKilled", PodHealth.FAILING,
                    7, now.minus(Duration.ofMinutes(3)), p.created(), p.node(), p.ip(), p.ownerKind(), p.ownerName(), labels(p.service()))
                    : running(p, p.ordinal() == 0 && p.service().equals("checkout") ? 1 : 0, now);
            pods.put(pod.key(), pod);
            if (sick) {
                events.add(event(p.namespace(), "Pod", p.name(), "Warning", "BackOff",
                        "Back-off restarting failed container " + p.service() + " in pod " + p.name(), 41, now.minusSeconds(40)));
                events.add(event(p.namespace(), "Pod", p.name(), "Warning", "OOMKilling",
                        "Memory cgroup out of memory: Killed process (java), limit 600Mi", 7, now.minus(Duration.ofMinutes(3))));
            }
        }
        for (DemoService s : fleet.services()) {
            images.put(s.name(), s.image());
            String base = s.image().substring(0, s.image().lastIndexOf(':') + 1);
            revisions.put(s.name(), new ArrayList<>(List.of(
                    new RevisionSummary(3, s.name() + "-rev3", now.minus(Duration.ofDays(2)), List.of(s.image()), s.replicas()),
                    new RevisionSummary(2, s.name() + "-rev2", now.minus(Duration.ofDays(9)), List.of(base + "previous"), 0),
                    new RevisionSummary(1, s.name() + "-rev1", now.minus(Duration.ofDays(40)), List.of(base + "initial"), 0))));
            deployments.put(s.namespace() + "/" + s.name(), deployment(s, s.replicas(), null, now));
            events.add(event(s.namespace(), s.workloadKind(), s.name(), "Normal", "ScalingReplicaSet",
                    "Scaled up replica set " + s.name() + " to " + s.replicas(), 1, now.minus(Duration.ofHours(30))));
        }
    }

    private PodSummary running(DemoPod p, int restarts, Instant now) {
        return new PodSummary(p.namespace(), p.name(), 1, 1, "Running", "Running", restarts > 0 ? "Error" : null, PodHealth.RUNNING,
                restarts, restarts > 0 ? now.minus(Duration.ofHours(5)) : null, p.created(), p.node(), p.ip(),
                p.ownerKind(), p.ownerName(), labels(p.service()));
    }

    private DeploymentSummary deployment(DemoService s, int replicas, Instant restartedAt, Instant now) {
        long ready = pods.values().stream().filter(p -> p.ownerName().equals(s.name()) && p.ready() == p.containers()).count();
        long revision = revisions.containsKey(s.name()) ? revisions.get(s.name()).getFirst().revision() : 3;
        return new DeploymentSummary(s.namespace(), s.name(), replicas, (int) ready, replicas, (int) ready, revision,
                ready >= replicas ? "complete" : "progressing", List.of(images.getOrDefault(s.name(), s.image())),
                Map.of("app", s.name()), now.minus(Duration.ofDays(40)), restartedAt);
    }

    /** The deployment as it is now, after a change to its pods, image or revision. */
    synchronized DeploymentSummary refreshDeployment(String service, Instant now) {
        DemoService s = fleet.service(service).orElseThrow();
        DeploymentSummary old = deployments.get(s.namespace() + "/" + s.name());
        DeploymentSummary d = deployment(s, old == null ? s.replicas() : old.desired(), old == null ? null : old.restartedAt(), now);
        deployments.put(d.key(), d);
        return d;
    }

    synchronized ClusterEvent record(String ns, String kind, String name, String type, String reason, String message,
                                     int count, Instant at) {
        ClusterEvent e = event(ns, kind, name, type, reason, message, count, at);
        events.add(e);
        return e;
    }

    synchronized PodSummary pod(String key) {
        return pods.get(key);
    }

    synchronized void putPod(PodSummary pod) {
        pods.put(pod.key(), pod);
    }

    synchronized PodSummary removePod(String key) {
        return pods.remove(key);
    }

    /** Where a fleet pod lives now: its own key, or the key of the pod that replaced it. */
    synchronized String currentKey(String key) {
        String k = key;
        while (replacedBy.containsKey(k)) {
            k = replacedBy.get(k);
        }
        return k;
    }

    synchronized String image(String service) {
        return images.get(service);
    }

    /** A new revision with a new image, as a rollout makes; returns it. */
    synchronized RevisionSummary rollOut(String service, String image, Instant now) {
        List<RevisionSummary> list = revisions.get(service);
        RevisionSummary previous = list.getFirst();
        list.set(0, new RevisionSummary(previous.revision(), previous.replicaSet(), previous.created(), previous.images(), 0));
        RevisionSummary next = new RevisionSummary(previous.revision() + 1, service + "-rev" + (previous.revision() + 1), now,
                List.of(image), fleet.service(service).orElseThrow().replicas());
        list.addFirst(next);
        images.put(service, image);
        return next;
    }

    private ClusterEvent event(String ns, String kind, String name, String type, String reason, String message, int count, Instant at) {
        return new ClusterEvent("demo-" + serial.incrementAndGet(), ns, kind, name, type, reason, message, count, at);
    }

    private static Map<String, String> labels(String service) {
        return Map.of("app", service, "team", "demo");
    }

    synchronized List<PodSummary> pods() {
        return List.copyOf(pods.values());
    }

    synchronized List<DeploymentSummary> deployments() {
        return List.copyOf(deployments.values());
    }

    synchronized List<ClusterEvent> events() {
        return List.copyOf(events);
    }

    synchronized Optional<PodDetails> details(String namespace, String name) {
        PodSummary p = pods.get(namespace + "/" + name);
        if (p == null) {
            return Optional.empty();
        }
        boolean job = "Job".equals(p.ownerKind());
        // A drill's batch job is no service of the fleet: describe it as the job it is.
        DemoService s = job ? new DemoService(p.ownerName(), namespace, "Job", 1, "registry.demo/" + p.ownerName() + ":batch",
                0, 0, 0, 0, 1024, List.of()) : fleet.service(p.ownerName()).orElseThrow();
        boolean failing = p.health() == PodHealth.FAILING;
        String state = failing ? "waiting: CrashLoopBackOff" : "running";
        String last = p.lastTermination() == null ? null
                : p.lastTermination().equals("OOMKilled") ? "OOMKilled (exit 137)" : p.lastTermination() + " (exit 1)";
        String image = images.getOrDefault(s.name(), s.image());
        List<PodDetails.ContainerInfo> containers = List.of(
                new PodDetails.ContainerInfo(s.name(), false, image, state, !failing, p.restarts(), last));
        List<PodDetails.Condition> conditions = List.of(
                new PodDetails.Condition("PodScheduled", true, null, null),
                new PodDetails.Condition("Initialized", true, null, null),
                new PodDetails.Condition("ContainersReady", !failing, failing ? "ContainersNotReady" : null,
                        failing ? "containers with unready status: [" + s.name() + "]" : null),
                new PodDetails.Condition("Ready", !failing, failing ? "ContainersNotReady" : null, null));
        List<String> chain = job ? List.of("Job/" + s.name()) : s.workloadKind().equals("StatefulSet") ? List.of("StatefulSet/" + s.name())
                : List.of("ReplicaSet/" + name.substring(0, name.lastIndexOf('-')), "Deployment/" + s.name());
        Map<String, String> annotations = Map.of("demo.vigil.dev/simulated", "true");
        String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\n  namespace: " + namespace
                + "\n  labels:\n    app: " + s.name() + "\n    team: demo\nspec:\n  nodeName: " + p.node()
                + "\n  containers:\n  - name: " + s.name() + "\n    image: " + image
                + "\n    resources:\n      limits: {cpu: 1500m, memory: " + Math.round(s.memoryBaseMb() * 2) + "Mi}\n"
                + "status:\n  phase: " + p.phase() + "\n  podIP: " + p.ip() + "\n";
        return Optional.of(new PodDetails(p, containers, conditions, p.labels(), annotations, chain, yaml));
    }

    synchronized List<RevisionSummary> history(String namespace, String deployment) {
        return List.copyOf(revisions.getOrDefault(deployment, List.of()));
    }

    synchronized Change deletePod(String namespace, String name) {
        PodSummary gone = pods.remove(namespace + "/" + name);
        if (gone == null) {
            throw new dev.vigil.connectors.kubernetes.ClusterException("pod " + namespace + "/" + name + " is gone");
        }
        Instant now = clock.instant();
        if (fleet.service(gone.ownerName()).isEmpty()) {
            // A job's pod is not replaced by a replica set: it is simply gone.
            ClusterEvent killed = event(namespace, "Pod", name, "Normal", "Killing", "Stopping container " + gone.ownerName(), 1, now);
            events.add(killed);
            return new Change(List.of(gone.key()), List.of(), List.of(), List.of(killed));
        }
        DemoService s = fleet.service(gone.ownerName()).orElseThrow();
        String replacementName = s.workloadKind().equals("StatefulSet") ? gone.name()
                : name.substring(0, name.lastIndexOf('-') + 1) + "r" + Integer.toString(serial.incrementAndGet(), 36);
        PodSummary replacement = new PodSummary(namespace, replacementName, 1, 1, "Running", "Running", null, PodHealth.RUNNING,
                0, null, now, gone.node(), gone.ip(), gone.ownerKind(), gone.ownerName(), gone.labels());
        pods.put(replacement.key(), replacement);
        if (!replacement.key().equals(gone.key())) {
            replacedBy.put(gone.key(), replacement.key());
        }
        ClusterEvent e = event(namespace, "Pod", replacementName, "Normal", "Started", "Started container " + s.name(), 1, now);
        events.add(e);
        DeploymentSummary d = deployment(s, deployments.get(namespace + "/" + s.name()).desired(), null, now);
        deployments.put(d.key(), d);
        return new Change(replacementName.equals(name) ? List.of() : List.of(gone.key()), List.of(replacement), List.of(d), List.of(e));
    }

    synchronized Change restart(String namespace, String name) {
        DemoService s = fleet.service(name).orElseThrow();
        Instant now = clock.instant();
        DeploymentSummary d = deployment(s, deployments.get(namespace + "/" + name).desired(), now, now);
        deployments.put(d.key(), d);
        ClusterEvent e = event(namespace, s.workloadKind(), name, "Normal", "RolloutRestart", "Rollout restart requested", 1, now);
        events.add(e);
        return new Change(List.of(), List.of(), List.of(d), List.of(e));
    }

    synchronized Change scale(String namespace, String name, int replicas) {
        DemoService s = fleet.service(name).orElseThrow();
        Instant now = clock.instant();
        List<PodSummary> own = pods.values().stream().filter(p -> p.ownerName().equals(name)).toList();
        List<String> removed = new ArrayList<>();
        List<PodSummary> added = new ArrayList<>();
        for (int i = own.size() - 1; i >= replicas; i--) {
            pods.remove(own.get(i).key());
            removed.add(own.get(i).key());
        }
        for (int i = own.size(); i < replicas; i++) {
            PodSummary template = own.isEmpty() ? null : own.getFirst();
            String podName = s.workloadKind().equals("StatefulSet") ? s.name() + "-" + i
                    : s.name() + "-scaled-" + Integer.toString(serial.incrementAndGet(), 36);
            PodSummary p = new PodSummary(namespace, podName, 1, 1, "Running", "Running", null, PodHealth.RUNNING, 0, null, now,
                    template == null ? "node-a-1" : template.node(), "10.42.9." + (10 + i), s.workloadKind(), s.name(), labels(s.name()));
            pods.put(p.key(), p);
            added.add(p);
        }
        DeploymentSummary d = deployment(s, replicas, null, now);
        deployments.put(d.key(), d);
        ClusterEvent e = event(namespace, s.workloadKind(), name, "Normal", "ScalingReplicaSet",
                "Scaled replica set " + name + " to " + replicas, 1, now);
        events.add(e);
        return new Change(removed, added, List.of(d), List.of(e));
    }
}
