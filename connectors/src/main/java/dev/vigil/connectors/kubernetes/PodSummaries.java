package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodStatus;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Turns an API pod into a {@link PodSummary}, deriving the status the way kubectl's printer does
 * (init containers first, then the last waiting/terminated reason of the app containers, then
 * deletion), so operators see the words they know from {@code kubectl get pods}.
 */
public final class PodSummaries {

    private static final Set<String> FAILING_REASONS = Set.of("CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull",
            "InvalidImageName", "CreateContainerConfigError", "CreateContainerError", "RunContainerError",
            "OOMKilled", "Error", "Evicted", "ContainerCannotRun", "DeadlineExceeded", "StartError",
            "Unschedulable", "NodeLost", "Failed");

    private PodSummaries() {
    }

    public static PodSummary of(Pod pod) {
        return of(pod, new Interner(1_000));
    }

    /** As {@link #of(Pod)}, sharing repeated strings and label maps through {@code strings}. */
    static PodSummary of(Pod pod, Interner strings) {
        var meta = pod.getMetadata();
        PodStatus st = pod.getStatus() == null ? new PodStatus() : pod.getStatus();
        String phase = st.getPhase() == null ? "Unknown" : st.getPhase();
        String reason = st.getReason() != null && !st.getReason().isBlank() ? st.getReason() : phase;

        List<ContainerStatus> init = nonNull(st.getInitContainerStatuses());
        boolean initializing = false;
        for (int i = 0; i < init.size(); i++) {
            ContainerStatus c = init.get(i);
            var state = c.getState();
            if (state != null && state.getTerminated() != null && state.getTerminated().getExitCode() == 0) {
                continue;
            }
            initializing = true;
            if (state != null && state.getTerminated() != null) {
                ContainerStateTerminated t = state.getTerminated();
                reason = "Init:" + (t.getReason() != null ? t.getReason() : "ExitCode:" + t.getExitCode());
            } else if (state != null && state.getWaiting() != null && state.getWaiting().getReason() != null
                    && !"PodInitializing".equals(state.getWaiting().getReason())) {
                reason = "Init:" + state.getWaiting().getReason();
            } else {
                reason = "Init:" + i + "/" + init.size();
            }
            break;
        }

        List<ContainerStatus> containers = nonNull(st.getContainerStatuses());
        int total = pod.getSpec() == null || pod.getSpec().getContainers() == null
                ? containers.size() : pod.getSpec().getContainers().size();
        int ready = 0;
        int restarts = 0;
        Instant lastRestart = null;
        String lastTermination = null;
        boolean hasRunning = false;
        for (int i = containers.size() - 1; i >= 0; i--) {
            ContainerStatus c = containers.get(i);
            restarts += c.getRestartCount() == null ? 0 : c.getRestartCount();
            if (c.getLastState() != null && c.getLastState().getTerminated() != null) {
                ContainerStateTerminated t = c.getLastState().getTerminated();
                Instant finished = instant(t.getFinishedAt());
                if (finished != null && (lastRestart == null || finished.isAfter(lastRestart))) {
                    lastRestart = finished;
                }
                if (lastTermination == null && t.getReason() != null && !"Completed".equals(t.getReason())) {
                    lastTermination = t.getReason();
                }
            }
            if (Boolean.TRUE.equals(c.getReady())) {
                ready++;
            }
            if (initializing) {
                continue;
            }
            var state = c.getState();
            if (state != null && state.getWaiting() != null && state.getWaiting().getReason() != null
                    && !state.getWaiting().getReason().isBlank()) {
                reason = state.getWaiting().getReason();
            } else if (state != null && state.getTerminated() != null) {
                ContainerStateTerminated t = state.getTerminated();
                reason = t.getReason() != null ? t.getReason()
                        : t.getSignal() != null && t.getSignal() != 0 ? "Signal:" + t.getSignal() : "ExitCode:" + t.getExitCode();
                if (!"Completed".equals(t.getReason())) {
                    lastTermination = t.getReason();
                }
            } else if (state != null && state.getRunning() != null && Boolean.TRUE.equals(c.getReady())) {
                hasRunning = true;
            }
        }
        if (!initializing && "Completed".equals(reason) && hasRunning) {
            reason = "Running";
        }
        if ("Pending".equals(reason)) {
            // A pending pod says why: the scheduler's condition (Unschedulable) is what the operator needs.
            for (PodCondition cond : nonNull(st.getConditions())) {
                if ("PodScheduled".equals(cond.getType()) && "False".equals(cond.getStatus()) && cond.getReason() != null) {
                    reason = cond.getReason();
                }
            }
        }
        boolean terminating = meta.getDeletionTimestamp() != null;
        if (terminating) {
            reason = "NodeLost".equals(st.getReason()) ? "Unknown" : "Terminating";
        }
        PodHealth health = health(phase, reason, terminating, ready, total);

        String ownerKind = null;
        String ownerName = null;
        for (OwnerReference ref : nonNull(meta.getOwnerReferences())) {
            if (Boolean.TRUE.equals(ref.getController()) || ownerKind == null) {
                ownerKind = ref.getKind();
                ownerName = ref.getName();
            }
        }
        // Deployments own pods through a ReplicaSet named "<deployment>-<hash>"; operators think in deployments.
        if ("ReplicaSet".equals(ownerKind) && ownerName != null && ownerName.lastIndexOf('-') > 0) {
            String hash = pod.getMetadata().getLabels() == null ? null : pod.getMetadata().getLabels().get("pod-template-hash");
            if (hash != null && ownerName.endsWith("-" + hash)) {
                ownerKind = "Deployment";
                ownerName = ownerName.substring(0, ownerName.length() - hash.length() - 1);
            }
        }
        return new PodSummary(strings.string(meta.getNamespace()), meta.getName(), ready, total, strings.string(phase),
                strings.string(reason), strings.string(lastTermination), health, restarts, lastRestart,
                instant(meta.getCreationTimestamp()), strings.string(pod.getSpec() == null ? null : pod.getSpec().getNodeName()),
                st.getPodIP(), strings.string(ownerKind), strings.string(ownerName), strings.labels(meta.getLabels()));
    }

    static PodHealth health(String phase, String reason, boolean terminating, int ready, int total) {
        if (terminating) {
            return PodHealth.TERMINATING;
        }
        if (FAILING_REASONS.contains(reason) || "Failed".equals(phase) || reason.startsWith("Init:")
                && !reason.matches("Init:\\d+/\\d+")) {
            return PodHealth.FAILING;
        }
        if ("Succeeded".equals(phase) || "Completed".equals(reason)) {
            return PodHealth.COMPLETED;
        }
        if ("Running".equals(phase)) {
            return ready >= total && "Running".equals(reason) ? PodHealth.RUNNING : PodHealth.NOT_READY;
        }
        return PodHealth.PENDING;
    }

    static Instant instant(String text) {
        return Timestamps.parse(text);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
