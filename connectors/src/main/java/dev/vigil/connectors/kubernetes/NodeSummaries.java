package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeAddress;
import io.fabric8.kubernetes.api.model.NodeCondition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns an API node into a {@link NodeSummary}, with status and roles as {@code kubectl get nodes} prints them. */
final class NodeSummaries {

    private static final Set<String> PRESSURES = Set.of("MemoryPressure", "DiskPressure", "PIDPressure", "NetworkUnavailable");
    private static final String ROLE_PREFIX = "node-role.kubernetes.io/";

    private NodeSummaries() {
    }

    static NodeSummary of(Node node, Interner strings) {
        var meta = node.getMetadata();
        String readyStatus = "Unknown";
        String message = null;
        List<String> pressures = new ArrayList<>();
        var st = node.getStatus();
        if (st != null && st.getConditions() != null) {
            for (NodeCondition c : st.getConditions()) {
                if ("Ready".equals(c.getType())) {
                    readyStatus = "True".equals(c.getStatus()) ? "Ready" : "False".equals(c.getStatus()) ? "NotReady" : "Unknown";
                    message = "True".equals(c.getStatus()) ? null : c.getMessage();
                } else if (PRESSURES.contains(c.getType()) && "True".equals(c.getStatus())) {
                    pressures.add(strings.string(c.getType()));
                }
            }
        }
        boolean cordoned = node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
        String status = cordoned ? readyStatus + ",SchedulingDisabled" : readyStatus;
        String ip = null;
        if (st != null && st.getAddresses() != null) {
            for (NodeAddress a : st.getAddresses()) {
                if ("InternalIP".equals(a.getType())) {
                    ip = a.getAddress();
                    break;
                }
            }
        }
        String version = st == null || st.getNodeInfo() == null ? null : st.getNodeInfo().getKubeletVersion();
        return new NodeSummary(strings.string(meta.getName()), strings.string(status), "Ready".equals(readyStatus),
                pressures, cordoned, strings.string(roles(meta.getLabels())), strings.string(version), ip,
                PodSummaries.instant(meta.getCreationTimestamp()), message);
    }

    static String roles(Map<String, String> labels) {
        if (labels == null) {
            return "";
        }
        Set<String> roles = new TreeSet<>();
        for (String key : labels.keySet()) {
            if (key.startsWith(ROLE_PREFIX) && key.length() > ROLE_PREFIX.length()) {
                roles.add(key.substring(ROLE_PREFIX.length()));
            }
        }
        String legacy = labels.get("kubernetes.io/role");
        if (legacy != null && !legacy.isBlank()) {
            roles.add(legacy);
        }
        return String.join(",", roles);
    }
}
