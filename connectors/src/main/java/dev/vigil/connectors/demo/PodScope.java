package dev.vigil.connectors.demo;

import java.util.Set;

/**
 * Which pods an effect touches: the pods of a service (all, or some replicas by ordinal), or every
 * pod sharing a node with one chosen pod — the noisy neighbour's victims.
 *
 * @param service   the service whose pods are meant; null with {@code nodeOf} for any service
 * @param ordinals  replica ordinals; empty for all replicas
 * @param nodeOf    "service#ordinal": every pod on the node that replica runs on; null otherwise
 */
public record PodScope(String service, Set<Integer> ordinals, String nodeOf) {

    public PodScope {
        ordinals = ordinals == null ? Set.of() : Set.copyOf(ordinals);
    }

    public static PodScope service(String service) {
        return new PodScope(service, Set.of(), null);
    }

    public static PodScope replicas(String service, Integer... ordinals) {
        return new PodScope(service, Set.of(ordinals), null);
    }

    /** Every pod of any service on the node where {@code service}'s replica {@code ordinal} runs. */
    public static PodScope nodeOf(String service, int ordinal) {
        return new PodScope(null, Set.of(), service + "#" + ordinal);
    }

    /** The node this scope is about, or null when it is not about a node. */
    public String node(DemoFleet fleet) {
        if (nodeOf == null) {
            return null;
        }
        int hash = nodeOf.indexOf('#');
        String s = nodeOf.substring(0, hash);
        int ordinal = Integer.parseInt(nodeOf.substring(hash + 1));
        return fleet.pods(s).stream().filter(p -> p.ordinal() == ordinal).findFirst().map(DemoPod::node).orElse(null);
    }

    public boolean matches(DemoPod pod, DemoFleet fleet) {
        if (nodeOf != null) {
            return pod.node().equals(node(fleet)) && (service == null || service.equals(pod.service()));
        }
        return pod.service().equals(service) && (ordinals.isEmpty() || ordinals.contains(pod.ordinal()));
    }
}
