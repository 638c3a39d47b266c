package dev.vigil.connectors.kubernetes;

import java.util.List;
import java.util.Map;

/**
 * Everything the pod details pane shows, read from the informer cache (no request to the server).
 *
 * @param ownerChain from the pod up, e.g. ["ReplicaSet/checkout-7f9c", "Deployment/checkout"]
 * @param yaml       the pod as YAML, managed fields left out (noise for a reader)
 */
public record PodDetails(PodSummary summary, List<ContainerInfo> containers, List<Condition> conditions,
                         Map<String, String> labels, Map<String, String> annotations, List<String> ownerChain,
                         String yaml) {

    public PodDetails {
        containers = List.copyOf(containers);
        conditions = List.copyOf(conditions);
        labels = Map.copyOf(labels);
        annotations = Map.copyOf(annotations);
        ownerChain = List.copyOf(ownerChain);
    }

    /**
     * One container (init containers too).
     *
     * @param state          "running", "waiting: CrashLoopBackOff", "terminated: Error (exit 1)"
     * @param lastTermination "OOMKilled (exit 137)" or null when it never terminated
     */
    public record ContainerInfo(String name, boolean init, String image, String state, boolean ready, int restarts,
                                String lastTermination) {
    }

    /** A pod condition (PodScheduled, Initialized, ContainersReady, Ready) with its reason. */
    public record Condition(String type, boolean status, String reason, String message) {
    }

    public List<String> containerNames() {
        return containers.stream().filter(c -> !c.init()).map(ContainerInfo::name).toList();
    }
}
