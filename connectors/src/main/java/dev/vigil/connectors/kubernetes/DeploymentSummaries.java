package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;

import java.util.List;
import java.util.Map;

/** Turns an API deployment into a {@link DeploymentSummary}, with rollout status as kubectl judges it. */
public final class DeploymentSummaries {

    static final String RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";
    static final String REVISION = "deployment.kubernetes.io/revision";

    private DeploymentSummaries() {
    }

    public static DeploymentSummary of(Deployment d) {
        var meta = d.getMetadata();
        var spec = d.getSpec();
        var st = d.getStatus();
        int desired = spec == null || spec.getReplicas() == null ? 1 : spec.getReplicas();
        int ready = st == null || st.getReadyReplicas() == null ? 0 : st.getReadyReplicas();
        int updated = st == null || st.getUpdatedReplicas() == null ? 0 : st.getUpdatedReplicas();
        int available = st == null || st.getAvailableReplicas() == null ? 0 : st.getAvailableReplicas();
        List<String> images = spec == null || spec.getTemplate() == null || spec.getTemplate().getSpec() == null
                ? List.of() : KubeClusterSource.map(spec.getTemplate().getSpec().getContainers(), Container::getImage);
        Map<String, String> templateAnnotations = spec == null || spec.getTemplate() == null || spec.getTemplate().getMetadata() == null
                ? null : spec.getTemplate().getMetadata().getAnnotations();
        String restarted = templateAnnotations == null ? null : templateAnnotations.get(RESTARTED_AT);
        long revision = revision(meta.getAnnotations());
        Map<String, String> selector = spec == null || spec.getSelector() == null ? Map.of() : spec.getSelector().getMatchLabels();
        return new DeploymentSummary(meta.getNamespace(), meta.getName(), desired, ready, updated, available, revision,
                rollout(d, desired, updated, available), images, selector,
                PodSummaries.instant(meta.getCreationTimestamp()), PodSummaries.instant(restarted));
    }

    /** The {@code deployment.kubernetes.io/revision} annotation of a deployment or replica set, 0 when absent. */
    static long revision(Map<String, String> annotations) {
        String text = annotations == null ? null : annotations.get(REVISION);
        if (text == null) {
            return 0;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String rollout(Deployment d, int desired, int updated, int available) {
        if (d.getSpec() != null && Boolean.TRUE.equals(d.getSpec().getPaused())) {
            return "paused";
        }
        if (d.getStatus() != null && d.getStatus().getConditions() != null) {
            for (DeploymentCondition c : d.getStatus().getConditions()) {
                if ("Progressing".equals(c.getType()) && "ProgressDeadlineExceeded".equals(c.getReason())) {
                    return "stalled: ProgressDeadlineExceeded";
                }
            }
        }
        return updated >= desired && available >= desired ? "complete" : "progressing";
    }
}
