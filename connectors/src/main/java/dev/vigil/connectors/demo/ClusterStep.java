package dev.vigil.connectors.demo;

import java.time.Duration;

/** Something a drill does to the simulated cluster, {@code at} into the drill (drill time). */
public sealed interface ClusterStep {

    Duration at();

    /** A new image rolls out: a new revision, fresh pods from a new replica set. */
    record Rollout(Duration at, String service, String image) implements ClusterStep {
    }

    /**
     * Replicas start crash-looping: killed for {@code reason} (e.g. OOMKilled) once every {@code every},
     * in CrashLoopBackOff between restarts, until the drill ends.
     */
    record CrashLoop(Duration at, PodScope pods, String reason, Duration every) implements ClusterStep {
    }

    /** A pod of another workload lands on the node of the scope (a batch job, say). */
    record AddPod(Duration at, String namespace, String namePrefix, String ownerKind, String ownerName, PodScope nodeOf)
            implements ClusterStep {
    }
}
