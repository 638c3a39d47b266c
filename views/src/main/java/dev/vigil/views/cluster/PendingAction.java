package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.ClusterAction;

/** An action the operator asked for and has not confirmed yet; {@code replicas} only for scale. */
public record PendingAction(ClusterAction action, String namespace, String name, int replicas) {

    /** "Delete pod payments/payments-7f9c-x2", "Scale deployment shop/checkout to 5". */
    public String describe() {
        return switch (action) {
            case DELETE_POD -> "Delete pod " + namespace + "/" + name;
            case RESTART_DEPLOYMENT -> "Rollout restart deployment " + namespace + "/" + name;
            case SCALE_DEPLOYMENT -> "Scale deployment " + namespace + "/" + name + " to " + replicas;
        };
    }
}
