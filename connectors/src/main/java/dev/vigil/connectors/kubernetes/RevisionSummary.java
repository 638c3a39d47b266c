package dev.vigil.connectors.kubernetes;

import java.time.Instant;
import java.util.List;

/** One revision of a deployment: the replica set that holds it, when it was made and its images. */
public record RevisionSummary(long revision, String replicaSet, Instant created, List<String> images, int replicas) {
    public RevisionSummary {
        images = images == null ? List.of() : List.copyOf(images);
    }
}
