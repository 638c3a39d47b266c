package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Starts a mock cluster with realistic pods for looking at the Cluster section by hand:
 * {@code java ... MockClusterLauncher DIR} writes DIR/kubeconfig and DIR/environments.yaml (one
 * environment "mock-prod", production tier) and keeps serving until killed.
 */
public final class MockClusterLauncher {

    private MockClusterLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/mock-cluster").toAbsolutePath();
        Files.createDirectories(dir);
        MockCluster cluster = new MockCluster();
        List<Pod> pods;
        try (KubernetesClient client = cluster.client()) {
            pods = DemoClusterSeed.seed(client, Instant.now());
        }
        for (Pod p : pods) {
            String app = p.getMetadata().getLabels().get("app");
            cluster.expectLogs(p.getMetadata().getNamespace(), p.getMetadata().getName(), app,
                    sampleLog(app, p.getMetadata().getName()));
        }
        cluster.expectAccess(true, "");
        cluster.writeKubeconfig(dir.resolve("kubeconfig"), "mock-prod", "payments");
        Files.writeString(dir.resolve("environments.yaml"), """
                default: mock-prod
                environments:
                  - name: mock-prod
                    tier: production
                    kubeContext: mock-prod
                """);
        System.out.println("mock cluster on " + cluster.url() + " with " + pods.size() + " pods; files in " + dir);
        System.out.println("KUBECONFIG=" + dir.resolve("kubeconfig"));
        Thread.currentThread().join();
    }

    public static String sampleLog(String app, String pod) {
        StringBuilder b = new StringBuilder();
        Instant t = Instant.now().minusSeconds(300);
        for (int i = 0; i < 60; i++) {
            String level = i % 17 == 16 ? "ERROR" : i % 7 == 6 ? "WARN " : "INFO ";
            b.append(t.plusSeconds(i * 5L)).append(' ').append(level).append(" [").append(app).append("] ")
                    .append(i % 17 == 16 ? "upstream ledger timed out after 2000 ms (trace=" + Integer.toHexString(pod.hashCode() + i) + ")"
                            : "GET /v1/" + app + "/health 200 " + (3 + i % 11) + "ms")
                    .append('\n');
        }
        return b.toString();
    }
}
