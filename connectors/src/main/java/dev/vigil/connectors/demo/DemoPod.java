package dev.vigil.connectors.demo;

import java.time.Instant;

/** One simulated pod: its service, where it runs and since when; {@code ordinal} is its place among the replicas. */
public record DemoPod(String service, String namespace, String name, String ownerKind, String ownerName,
                      String node, String ip, Instant created, int ordinal) {
    public String key() {
        return namespace + "/" + name;
    }
}
