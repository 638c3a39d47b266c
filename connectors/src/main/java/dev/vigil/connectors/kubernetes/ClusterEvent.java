package dev.vigil.connectors.kubernetes;

import java.time.Instant;

/**
 * A Kubernetes event about an object: {@code type} is Normal or Warning, {@code count} how often
 * it repeated, {@code lastSeen} the newest occurrence.
 */
public record ClusterEvent(String uid, String namespace, String objectKind, String objectName, String type, String reason,
                           String message, int count, Instant lastSeen) {

    public boolean warning() {
        return "Warning".equals(type);
    }

    public boolean about(String kind, String namespace, String name) {
        return kind.equals(objectKind) && name.equals(objectName) && namespace.equals(this.namespace);
    }
}
