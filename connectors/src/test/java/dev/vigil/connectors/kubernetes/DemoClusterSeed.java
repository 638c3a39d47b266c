package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a mock cluster with what a real one looks like on a bad day: a few hundred pods over a
 * dozen namespaces, mostly healthy, some crash-looping (one OOM-killed), an image typo, a pod that
 * cannot be scheduled, an evicted one; twelve nodes (one NotReady, one under memory pressure);
 * deployments, replica sets and the events that explain them.
 */
public final class DemoClusterSeed {

    static final String[][] APPS = {
            {"payments", "payments-api"}, {"payments", "ledger"}, {"payments", "fraud-score"},
            {"shop", "checkout"}, {"shop", "cart"}, {"shop", "search"}, {"shop", "catalog"},
            {"identity", "accounts"}, {"identity", "auth-gateway"}, {"edge", "gateway"}, {"edge", "rate-limiter"},
            {"messaging", "notifications"}, {"messaging", "email-worker"}, {"data", "etl-runner"},
            {"observability", "otel-collector"}, {"kube-system", "coredns"}};

    private DemoClusterSeed() {
    }

    public static List<Pod> seed(KubernetesClient client, Instant now) {
        Random random = new Random(42);
        List<Pod> created = new ArrayList<>();
        java.util.Set<String> namespaces = new java.util.TreeSet<>();
        for (String[] app : APPS) {
            namespaces.add(app[0]);
        }
        for (String ns : namespaces) {
            client.resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build()).create();
        }
        // The twelve nodes the pods land on; one lost its kubelet, one runs short of memory.
        for (int n = 0; n < 12; n++) {
            client.resource(TestPods.node("node-" + n, n != 3, n == 7 ? "MemoryPressure" : null)).create();
        }
        for (String[] app : APPS) {
            String ns = app[0];
            String name = app[1];
            int replicas = 2 + random.nextInt(12);
            client.resource(TestPods.deployment(ns, name, replicas, replicas)).create();
            client.resource(new ReplicaSetBuilder().withNewMetadata().withNamespace(ns).withName(name + "-7f9c6d5b8")
                    .addToAnnotations("deployment.kubernetes.io/revision", "3")
                    .withCreationTimestamp(now.minusSeconds(3 * 86400).toString())
                    .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName(name).withUid("uid-" + name)
                    .withController(true).endOwnerReference().endMetadata()
                    .withNewSpec().withReplicas(replicas).withNewTemplate().withNewSpec().addNewContainer().withName(name)
                    .withImage(TestPods.image(name)).endContainer().endSpec().endTemplate().endSpec().build()).create();
            client.resource(new ReplicaSetBuilder().withNewMetadata().withNamespace(ns).withName(name + "-5c4b9f8d7")
                    .addToAnnotations("deployment.kubernetes.io/revision", "2")
                    .withCreationTimestamp(now.minusSeconds(9 * 86400).toString())
                    .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName(name).withUid("uid-" + name)
                    .withController(true).endOwnerReference().endMetadata()
                    .withNewSpec().withReplicas(0).withNewTemplate().withNewSpec().addNewContainer().withName(name)
                    .withImage(TestPods.image(name).replace(":1.14.", ":1.13.")).endContainer().endSpec().endTemplate().endSpec()
                    .build()).create();
            for (int i = 0; i < replicas; i++) {
                String suffix = Integer.toString(36 * 36 * 36 + random.nextInt(36 * 36 * 36 * 35), 36);
                Instant born = now.minusSeconds(600 + random.nextInt(20 * 86400));
                int restarts = random.nextInt(10) < 8 ? 0 : 1 + random.nextInt(3);
                created.add(TestPods.running(ns, name, suffix, restarts, born));
            }
        }
        created.add(TestPods.crashLooping("payments", "payments-api", "x2k9q", "OOMKilled", 137, 14, now.minusSeconds(7200)));
        created.add(TestPods.crashLooping("payments", "ledger", "m4n7p", "Error", 1, 6, now.minusSeconds(2400)));
        created.add(TestPods.crashLooping("shop", "checkout", "c8v2w", "Error", 2, 3, now.minusSeconds(1500)));
        created.add(TestPods.imagePullBackOff("shop", "search", "t5r1z", now.minusSeconds(900)));
        created.add(TestPods.unschedulable("data", "etl-runner", "q9w3e", now.minusSeconds(420)));
        created.add(TestPods.unschedulable("data", "etl-runner", "q9w3f", now.minusSeconds(400)));
        created.add(TestPods.evicted("messaging", "email-worker", "e3d5f", now.minusSeconds(5400)));
        for (Pod p : created) {
            client.resource(p).create();
        }
        event(client, "payments", "payments-api-7f9c6d5b8-x2k9q", "Warning", "BackOff",
                "Back-off restarting failed container payments-api in pod payments-api-7f9c6d5b8-x2k9q", 57, now.minusSeconds(40));
        event(client, "payments", "payments-api-7f9c6d5b8-x2k9q", "Warning", "OOMKilling",
                "Memory cgroup out of memory: Killed process 4121 (java) total-vm:3420112kB", 14, now.minusSeconds(95));
        event(client, "payments", "payments-api-7f9c6d5b8-x2k9q", "Normal", "Pulled",
                "Container image \"" + TestPods.image("payments-api") + "\" already present on machine", 15, now.minusSeconds(96));
        event(client, "shop", "search-7f9c6d5b8-t5r1z", "Warning", "Failed",
                "Failed to pull image \"" + TestPods.image("search") + "-typo\": not found", 9, now.minusSeconds(60));
        event(client, "data", "etl-runner-7f9c6d5b8-q9w3e", "Warning", "FailedScheduling",
                "0/12 nodes are available: 12 Insufficient memory.", 31, now.minusSeconds(30));
        return created;
    }

    private static void event(KubernetesClient client, String ns, String pod, String type, String reason, String message,
                              int count, Instant last) {
        client.resource(new EventBuilder().withNewMetadata().withNamespace(ns).withName(pod + "." + reason.toLowerCase())
                        .endMetadata()
                .withNewInvolvedObject().withKind("Pod").withNamespace(ns).withName(pod).endInvolvedObject()
                .withType(type).withReason(reason).withMessage(message).withCount(count)
                .withFirstTimestamp(last.minusSeconds(3600).toString()).withLastTimestamp(last.toString()).build()).create();
    }
}
