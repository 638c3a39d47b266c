package dev.vigil.connectors.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** A listener for tests that keeps the newest state per key, as the cluster view's buffers do. */
public final class LatestClusterState implements ClusterListener {

    public final Map<String, PodSummary> pods = new ConcurrentHashMap<>();
    public final Map<String, DeploymentSummary> deployments = new ConcurrentHashMap<>();
    public final List<ClusterEvent> events = new CopyOnWriteArrayList<>();
    public final List<ClusterStatus> states = new CopyOnWriteArrayList<>();
    public final Map<String, NodeSummary> nodes = new ConcurrentHashMap<>();
    /** Completes when the source says the first list is in, with how many pods had arrived by then. */
    public final java.util.concurrent.CompletableFuture<Integer> podsWhenListed = new java.util.concurrent.CompletableFuture<>();
    /** Counts down at the first event: by then a source that lists events last has listed everything. */
    public final CountDownLatch firstEvent = new CountDownLatch(1);

    @Override
    public void pod(String key, PodSummary pod) {
        if (pod == null) {
            pods.remove(key);
        } else {
            pods.put(key, pod);
        }
    }

    @Override
    public void podsListed() {
        podsWhenListed.complete(pods.size());
    }

    @Override
    public void node(String name, NodeSummary node) {
        if (node == null) {
            nodes.remove(name);
        } else {
            nodes.put(name, node);
        }
    }

    @Override
    public void deployment(String key, DeploymentSummary deployment) {
        if (deployment == null) {
            deployments.remove(key);
        } else {
            deployments.put(key, deployment);
        }
    }

    @Override
    public void event(ClusterEvent event) {
        events.add(event);
        firstEvent.countDown();
    }

    @Override
    public void status(ClusterStatus status) {
        states.add(status);
    }
}
