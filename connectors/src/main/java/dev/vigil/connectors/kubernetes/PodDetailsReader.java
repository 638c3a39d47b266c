package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link PodDetails} for the details pane. The informers keep summaries, not whole pods, so the
 * pod itself is read from the server (one GET, as {@code kubectl describe} does); owners come from
 * the replica-set summaries the informer holds.
 */
final class PodDetailsReader {

    private final KubernetesClient client;
    private final String server;
    private final SummaryStore<ReplicaSet, ReplicaSetSummary> replicaSets;
    private final Interner strings;

    PodDetailsReader(KubernetesClient client, String server, SummaryStore<ReplicaSet, ReplicaSetSummary> replicaSets,
                     Interner strings) {
        this.client = client;
        this.server = server;
        this.replicaSets = replicaSets;
        this.strings = strings;
    }

    PodDetails read(String namespace, String name) {
        Pod pod;
        try {
            pod = client.pods().inNamespace(namespace).withName(name).get();
        } catch (RuntimeException e) {
            throw new ClusterException("pod " + namespace + "/" + name + ": " + ClusterFailures.describe(e, server), e);
        }
        if (pod == null) {
            throw new ClusterException("pod " + namespace + "/" + name + " no longer exists");
        }
        List<PodDetails.ContainerInfo> containers = new ArrayList<>();
        var spec = pod.getSpec();
        var status = pod.getStatus();
        if (spec != null) {
            for (var c : nonNull(spec.getInitContainers())) {
                containers.add(container(c.getName(), true, c.getImage(), find(status == null ? null : status.getInitContainerStatuses(), c.getName())));
            }
            for (var c : nonNull(spec.getContainers())) {
                containers.add(container(c.getName(), false, c.getImage(), find(status == null ? null : status.getContainerStatuses(), c.getName())));
            }
        }
        List<PodDetails.Condition> conditions = status == null ? List.of() : nonNull(status.getConditions()).stream()
                .map(c -> new PodDetails.Condition(c.getType(), "True".equals(c.getStatus()), c.getReason(), c.getMessage()))
                .toList();
        PodSummary summary = PodSummaries.of(pod, strings);
        List<String> owners = ownerChain(pod);
        // Managed fields are the server's bookkeeping, noise for a reader of the YAML.
        pod.getMetadata().setManagedFields(null);
        return new PodDetails(summary, containers, conditions, orEmpty(pod.getMetadata().getLabels()),
                orEmpty(pod.getMetadata().getAnnotations()), owners, Serialization.asYaml(pod));
    }

    private List<String> ownerChain(Pod pod) {
        List<String> chain = new ArrayList<>();
        OwnerReference ref = controller(pod.getMetadata().getOwnerReferences());
        if (ref == null) {
            return chain;
        }
        chain.add(ref.getKind() + "/" + ref.getName());
        if ("ReplicaSet".equals(ref.getKind())) {
            ReplicaSetSummary rs = replicaSets.summary(pod.getMetadata().getNamespace() + "/" + ref.getName());
            if (rs != null && rs.deployment() != null) {
                chain.add("Deployment/" + rs.deployment());
            }
        }
        return chain;
    }

    private static OwnerReference controller(List<OwnerReference> refs) {
        OwnerReference first = null;
        for (OwnerReference r : nonNull(refs)) {
            if (Boolean.TRUE.equals(r.getController())) {
                return r;
            }
            first = first == null ? r : first;
        }
        return first;
    }

    private static PodDetails.ContainerInfo container(String name, boolean init, String image, ContainerStatus s) {
        if (s == null) {
            return new PodDetails.ContainerInfo(name, init, image, "not started", false, 0, null);
        }
        String state = "unknown";
        if (s.getState() != null) {
            if (s.getState().getRunning() != null) {
                state = "running since " + s.getState().getRunning().getStartedAt();
            } else if (s.getState().getWaiting() != null) {
                state = "waiting: " + s.getState().getWaiting().getReason();
            } else if (s.getState().getTerminated() != null) {
                state = "terminated: " + termination(s.getState().getTerminated());
            }
        }
        String last = s.getLastState() == null || s.getLastState().getTerminated() == null ? null : termination(s.getLastState().getTerminated());
        return new PodDetails.ContainerInfo(name, init, image, state, Boolean.TRUE.equals(s.getReady()),
                s.getRestartCount() == null ? 0 : s.getRestartCount(), last);
    }

    private static String termination(ContainerStateTerminated t) {
        return (t.getReason() == null ? "exited" : t.getReason()) + " (exit " + t.getExitCode() + ")"
                + (t.getFinishedAt() == null ? "" : " at " + t.getFinishedAt());
    }

    private static ContainerStatus find(List<ContainerStatus> statuses, String name) {
        for (ContainerStatus s : nonNull(statuses)) {
            if (name.equals(s.getName())) {
                return s;
            }
        }
        return null;
    }

    private static Map<String, String> orEmpty(Map<String, String> m) {
        return m == null ? Map.of() : m;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
