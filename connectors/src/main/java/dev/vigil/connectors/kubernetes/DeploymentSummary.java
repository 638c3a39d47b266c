package dev.vigil.connectors.kubernetes;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One deployment: replicas wanted and ready, its rollout state in kubectl's words, the revision
 * and the images of its pod template.
 *
 * @param rollout "complete", "progressing", "stalled: ProgressDeadlineExceeded" or "paused"
 * @param restartedAt the last {@code kubectl rollout restart} annotation, null if never restarted
 */
public record DeploymentSummary(String namespace, String name, int desired, int ready, int updated, int available,
                                long revision, String rollout, List<String> images, Map<String, String> selector,
                                Instant created, Instant restartedAt) {
    public DeploymentSummary {
        images = images == null ? List.of() : List.copyOf(images);
        selector = selector == null ? Map.of() : Map.copyOf(selector);
    }

    public String key() {
        return namespace + "/" + name;
    }
}
