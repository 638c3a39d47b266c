package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;

import java.util.List;

/** Turns an API replica set into a {@link ReplicaSetSummary}. */
final class ReplicaSetSummaries {

    private ReplicaSetSummaries() {
    }

    static ReplicaSetSummary of(ReplicaSet rs, Interner strings) {
        var meta = rs.getMetadata();
        String deployment = null;
        if (meta.getOwnerReferences() != null) {
            for (OwnerReference r : meta.getOwnerReferences()) {
                if ("Deployment".equals(r.getKind()) && (deployment == null || Boolean.TRUE.equals(r.getController()))) {
                    deployment = r.getName();
                }
            }
        }
        long revision = DeploymentSummaries.revision(meta.getAnnotations());
        var template = rs.getSpec() == null ? null : rs.getSpec().getTemplate();
        List<String> images = template == null || template.getSpec() == null ? List.of()
                : KubeClusterSource.map(template.getSpec().getContainers(), c -> strings.string(c.getImage()));
        int replicas = rs.getSpec() == null || rs.getSpec().getReplicas() == null ? 0 : rs.getSpec().getReplicas();
        return new ReplicaSetSummary(strings.string(meta.getNamespace()), strings.string(deployment),
                new RevisionSummary(revision, meta.getName(), PodSummaries.instant(meta.getCreationTimestamp()), images, replicas));
    }
}
