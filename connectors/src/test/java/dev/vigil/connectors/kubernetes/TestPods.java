package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;

import java.time.Instant;
import java.util.Map;

/** Realistic pods and deployments: what a sick cluster looks like, for tests, the launcher and the bench. */
public final class TestPods {

    private TestPods() {
    }

    public static Pod running(String namespace, String app, String suffix, int restarts, Instant created) {
        return base(namespace, app, suffix, created).editStatus().withPhase("Running")
                .withContainerStatuses(new ContainerStatusBuilder().withName(app).withImage(image(app)).withReady(true)
                        .withRestartCount(restarts)
                        .withNewState().withNewRunning().withStartedAt(created.toString()).endRunning().endState()
                        .withNewLastState().withNewTerminated().withReason(restarts > 0 ? "Error" : null).withExitCode(restarts > 0 ? 1 : 0)
                        .withFinishedAt(restarts > 0 ? created.plusSeconds(600).toString() : null).endTerminated().endLastState()
                        .build())
                .endStatus().build();
    }

    public static Pod crashLooping(String namespace, String app, String suffix, String lastReason, int exitCode, int restarts, Instant created) {
        return base(namespace, app, suffix, created).editStatus().withPhase("Running")
                .withContainerStatuses(new ContainerStatusBuilder().withName(app).withImage(image(app)).withReady(false)
                        .withRestartCount(restarts)
                        .withNewState().withNewWaiting().withReason("CrashLoopBackOff")
                        .withMessage("back-off 5m0s restarting failed container").endWaiting().endState()
                        .withNewLastState().withNewTerminated().withReason(lastReason).withExitCode(exitCode)
                        .withFinishedAt(Instant.now().minusSeconds(90).toString()).endTerminated().endLastState()
                        .build())
                .endStatus().build();
    }

    public static Pod imagePullBackOff(String namespace, String app, String suffix, Instant created) {
        return base(namespace, app, suffix, created).editStatus().withPhase("Pending")
                .withContainerStatuses(new ContainerStatusBuilder().withName(app).withImage(image(app) + "-typo").withReady(false)
                        .withRestartCount(0)
                        .withNewState().withNewWaiting().withReason("ImagePullBackOff").endWaiting().endState().build())
                .endStatus().build();
    }

    public static Pod unschedulable(String namespace, String app, String suffix, Instant created) {
        return base(namespace, app, suffix, created).editSpec().withNodeName(null).endSpec()
                .editStatus().withPhase("Pending").withPodIP(null)
                .addNewCondition().withType("PodScheduled").withStatus("False").withReason("Unschedulable")
                .withMessage("0/12 nodes are available: 12 Insufficient memory.").endCondition()
                .endStatus().build();
    }

    public static Pod evicted(String namespace, String app, String suffix, Instant created) {
        return base(namespace, app, suffix, created).editStatus().withPhase("Failed").withReason("Evicted")
                .withMessage("The node was low on resource: memory.").endStatus().build();
    }

    private static PodBuilder base(String namespace, String app, String suffix, Instant created) {
        String rs = app + "-7f9c6d5b8";
        return new PodBuilder()
                .withNewMetadata().withNamespace(namespace).withName(rs + "-" + suffix)
                .withCreationTimestamp(created.toString())
                .withLabels(Map.of("app", app, "pod-template-hash", "7f9c6d5b8"))
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("ReplicaSet").withName(rs)
                .withController(true).withUid("uid-" + rs).endOwnerReference()
                .endMetadata()
                .withNewSpec().withNodeName("node-" + Math.floorMod(suffix.hashCode(), 12))
                .addNewContainer().withName(app).withImage(image(app)).endContainer().endSpec()
                .withNewStatus().withPodIP("10.42." + Math.floorMod(app.hashCode(), 200) + "." + Math.floorMod(suffix.hashCode(), 250))
                .addNewCondition().withType("PodScheduled").withStatus("True").endCondition()
                .endStatus();
    }

    /** A worker node; {@code ready} false makes it NotReady (the kubelet stopped posting), {@code pressure} a True pressure condition. */
    public static io.fabric8.kubernetes.api.model.Node node(String name, boolean ready, String pressure) {
        var status = new io.fabric8.kubernetes.api.model.NodeStatusBuilder()
                .addNewCondition().withType("Ready").withStatus(ready ? "True" : "Unknown")
                .withReason(ready ? "KubeletReady" : "NodeStatusUnknown")
                .withMessage(ready ? "kubelet is posting ready status" : "Kubelet stopped posting node status.").endCondition()
                .addNewCondition().withType("MemoryPressure").withStatus("MemoryPressure".equals(pressure) ? "True" : "False").endCondition()
                .addNewCondition().withType("DiskPressure").withStatus("DiskPressure".equals(pressure) ? "True" : "False").endCondition()
                .addNewAddress().withType("InternalIP").withAddress("10.0.0." + Math.floorMod(name.hashCode(), 250)).endAddress()
                .withNewNodeInfo().withKubeletVersion("v1.31.4").endNodeInfo()
                .build();
        return new io.fabric8.kubernetes.api.model.NodeBuilder()
                .withNewMetadata().withName(name).withCreationTimestamp("2026-09-01T08:00:00Z")
                .addToLabels("node-role.kubernetes.io/worker", "").endMetadata()
                .withStatus(status).build();
    }

    public static String image(String app) {
        return "registry.example.com/shop/" + app + ":1.14." + Math.floorMod(app.hashCode(), 9);
    }

    public static Deployment deployment(String namespace, String app, int replicas, int ready) {
        return new DeploymentBuilder()
                .withNewMetadata().withNamespace(namespace).withName(app)
                .addToAnnotations("deployment.kubernetes.io/revision", "3").endMetadata()
                .withNewSpec().withReplicas(replicas)
                .withNewSelector().addToMatchLabels("app", app).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", app).endMetadata()
                .withNewSpec().addNewContainer().withName(app).withImage(image(app)).endContainer().endSpec()
                .endTemplate().endSpec()
                .withNewStatus().withReplicas(replicas).withReadyReplicas(ready).withUpdatedReplicas(replicas)
                .withAvailableReplicas(ready).endStatus()
                .build();
    }
}
