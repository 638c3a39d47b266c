package dev.vigil.connectors.kubernetes;

import java.time.Instant;
import java.util.Map;

/**
 * One pod as the pods table shows it, in the domain's words rather than the API's.
 *
 * @param status          what kubectl's STATUS column would say: a reason (CrashLoopBackOff,
 *                        ImagePullBackOff, Evicted, Terminating, Init:0/1, Unschedulable) or the phase
 * @param lastTermination the last container termination reason when it explains the status
 *                        (OOMKilled, Error), else null
 * @param lastRestart     when a container last restarted, null if never
 * @param ownerKind       Deployment, StatefulSet, DaemonSet, Job, CronJob, ReplicaSet, Node, or null
 */
public record PodSummary(String namespace, String name, int ready, int containers, String phase, String status,
                         String lastTermination, PodHealth health, int restarts, Instant lastRestart,
                         Instant created, String node, String ip, String ownerKind, String ownerName,
                         Map<String, String> labels) {

    public PodSummary {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** "namespace/name": the key of this pod in buffers and tables. */
    public String key() {
        return namespace + "/" + name;
    }

    /**
     * The status with its explaining termination, e.g. "CrashLoopBackOff · OOMKilled"; a healthy
     * pod's old termination is history (the restarts column shows it), not status.
     */
    public String statusText() {
        boolean explains = health == PodHealth.FAILING || health == PodHealth.NOT_READY;
        return !explains || lastTermination == null || lastTermination.equals(status) ? status : status + " · " + lastTermination;
    }

    public String readyText() {
        return ready + "/" + containers;
    }

    public String ownerText() {
        return ownerKind == null ? "" : ownerKind + "/" + ownerName;
    }
}
