package dev.vigil.sandbox;

import dev.vigil.connectors.kubernetes.ClusterEvent;
import dev.vigil.connectors.kubernetes.DeploymentSummary;
import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.RevisionSummary;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The simulated cluster's records as the API objects a real API server holds, shaped so that the
 * console's Kubernetes connector reads back exactly what the demo shows: kubectl's status words come
 * from container states, owners from references (pods → replica set → deployment via
 * {@code pod-template-hash}), revisions from replica sets.
 */
final class ApiObjects {

    private ApiObjects() {
    }

    /** "gateway-2pnz5cgwz-sxbfz" → "2pnz5cgwz"; null for names without a replica set hash. */
    static String templateHash(PodSummary p) {
        if (!"Deployment".equals(p.ownerKind())) {
            return null;
        }
        String rest = p.name().substring(p.ownerName().length() + 1);
        int dash = rest.indexOf('-');
        return dash < 0 ? null : rest.substring(0, dash);
    }

    static Pod pod(PodSummary p, String image) {
        String hash = templateHash(p);
        Map<String, String> labels = new LinkedHashMap<>(p.labels());
        OwnerReference owner;
        if (hash != null) {
            labels.put("pod-template-hash", hash);
            owner = ref("apps/v1", "ReplicaSet", p.ownerName() + "-" + hash);
        } else {
            owner = ref(p.ownerKind().equals("Job") ? "batch/v1" : "apps/v1", p.ownerKind(), p.ownerName());
        }
        boolean failing = p.health() == PodHealth.FAILING;
        ContainerStatusBuilder status = new ContainerStatusBuilder().withName(p.ownerName()).withImage(image)
                .withReady(p.ready() == p.containers()).withRestartCount(p.restarts()).withStarted(!failing);
        if (failing) {
            if ("CrashLoopBackOff".equals(p.status())) {
                status.withNewState().withNewWaiting().withReason("CrashLoopBackOff")
                        .withMessage("back-off restarting failed container").endWaiting().endState();
            } else {
                status.withNewState().withNewTerminated().withReason(p.status()).withExitCode(137)
                        .withFinishedAt(time(p.lastRestart())).endTerminated().endState();
            }
        } else {
            status.withNewState().withNewRunning().withStartedAt(time(p.lastRestart() != null ? p.lastRestart() : p.created()))
                    .endRunning().endState();
        }
        if (p.lastTermination() != null && p.lastRestart() != null) {
            status.withNewLastState().withNewTerminated().withReason(p.lastTermination())
                    .withExitCode("OOMKilled".equals(p.lastTermination()) ? 137 : 1).withFinishedAt(time(p.lastRestart()))
                    .endTerminated().endLastState();
        }
        ContainerStatus container = status.build();
        return new PodBuilder()
                .withNewMetadata().withNamespace(p.namespace()).withName(p.name()).withUid(uid(p.key()))
                .withLabels(labels).withCreationTimestamp(time(p.created())).withOwnerReferences(owner).endMetadata()
                .withNewSpec().withNodeName(p.node()).addNewContainer().withName(p.ownerName()).withImage(image)
                .withNewResources().addToLimits("cpu", new io.fabric8.kubernetes.api.model.Quantity("1500m"))
                .endResources().endContainer().endSpec()
                .withNewStatus().withPhase(p.phase()).withPodIP(p.ip()).withContainerStatuses(container)
                .addNewCondition().withType("Ready").withStatus(p.ready() == p.containers() ? "True" : "False").endCondition()
                .endStatus().build();
    }

    static Deployment deployment(DeploymentSummary d) {
        return new DeploymentBuilder()
                .withNewMetadata().withNamespace(d.namespace()).withName(d.name()).withUid(uid("deploy/" + d.key()))
                .withCreationTimestamp(time(d.created()))
                .addToAnnotations("deployment.kubernetes.io/revision", Long.toString(d.revision())).endMetadata()
                .withNewSpec().withReplicas(d.desired()).withNewSelector().withMatchLabels(d.selector()).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(d.selector())
                .addToAnnotations(d.restartedAt() == null ? Map.of() : Map.of("kubectl.kubernetes.io/restartedAt", time(d.restartedAt())))
                .endMetadata()
                .withNewSpec().addNewContainer().withName(d.name()).withImage(d.images().isEmpty() ? null : d.images().getFirst())
                .endContainer().endSpec().endTemplate().endSpec()
                .withNewStatus().withReplicas(d.desired()).withReadyReplicas(d.ready()).withUpdatedReplicas(d.updated())
                .withAvailableReplicas(d.available()).withObservedGeneration(1L)
                .addNewCondition().withType("Progressing").withStatus("True")
                .withReason("complete".equals(d.rollout()) ? "NewReplicaSetAvailable" : "ReplicaSetUpdated").endCondition()
                .endStatus().build();
    }

    /** The replica set of one revision; its hash is the one the deployment's pods carry for the newest. */
    static ReplicaSet replicaSet(DeploymentSummary d, RevisionSummary r, String hash) {
        return new ReplicaSetBuilder()
                .withNewMetadata().withNamespace(d.namespace()).withName(d.name() + "-" + hash).withUid(uid("rs/" + d.key() + "/" + hash))
                .withCreationTimestamp(time(r.created()))
                .addToAnnotations("deployment.kubernetes.io/revision", Long.toString(r.revision()))
                .withOwnerReferences(ref("apps/v1", "Deployment", d.name())).endMetadata()
                .withNewSpec().withReplicas(r.replicas()).withNewSelector().withMatchLabels(d.selector()).endSelector()
                .withNewTemplate().withNewSpec().addNewContainer().withName(d.name())
                .withImage(r.images().isEmpty() ? null : r.images().getFirst()).endContainer().endSpec().endTemplate().endSpec()
                .withNewStatus().withReplicas(r.replicas()).withReadyReplicas(r.replicas()).endStatus().build();
    }

    static Event event(ClusterEvent e) {
        return new EventBuilder()
                .withNewMetadata().withNamespace(e.namespace()).withName(e.objectName() + "." + e.uid()).withUid(uid(e.uid())).endMetadata()
                .withNewInvolvedObject().withKind(e.objectKind()).withName(e.objectName()).withNamespace(e.namespace()).endInvolvedObject()
                .withType(e.type()).withReason(e.reason()).withMessage(e.message()).withCount(e.count())
                .withFirstTimestamp(time(e.lastSeen())).withLastTimestamp(time(e.lastSeen())).build();
    }

    static Node node(String name) {
        return new NodeBuilder().withNewMetadata().withName(name).addToLabels("kubernetes.io/hostname", name).endMetadata()
                .withNewStatus().addNewCondition().withType("Ready").withStatus("True").withReason("KubeletReady").endCondition()
                .endStatus().build();
    }

    static List<String> nodes(List<PodSummary> pods) {
        return pods.stream().map(PodSummary::node).filter(n -> n != null).distinct().sorted().toList();
    }

    private static OwnerReference ref(String apiVersion, String kind, String name) {
        return new OwnerReferenceBuilder().withApiVersion(apiVersion).withKind(kind).withName(name)
                .withUid(uid(kind + "/" + name)).withController(true).build();
    }

    private static String uid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static String time(Instant at) {
        return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
