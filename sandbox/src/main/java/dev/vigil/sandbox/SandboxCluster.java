package dev.vigil.sandbox;

import dev.vigil.connectors.demo.DemoClusterSource;
import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DemoLogs;
import dev.vigil.connectors.kubernetes.ClusterEvent;
import dev.vigil.connectors.kubernetes.ClusterListener;
import dev.vigil.connectors.kubernetes.ClusterStatus;
import dev.vigil.connectors.kubernetes.DeploymentSummary;
import dev.vigil.connectors.kubernetes.PodDetails;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.RevisionSummary;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo fleet's cluster in a real API server on loopback: Fabric8's mock server in CRUD mode holds
 * the pods, deployments, replica sets, nodes and events the simulation (drills included) publishes,
 * written through the API as a controller would; pod logs come live from the fleet's traffic. The
 * console's Kubernetes connector reads it through a kubeconfig like any cluster.
 */
public final class SandboxCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxCluster.class);
    private static final Pattern LOG_PATH = Pattern.compile("/api/v1/namespaces/([^/]+)/pods/([^/?]+)/log(\\?.*)?");

    private final DemoFleet fleet;
    private final Clock clock;
    private final DemoClusterSource source;
    private final DemoLogs logs;
    private final KubernetesMockServer server;
    private final NamespacedKubernetesClient client;
    private final Set<String> nodes = new HashSet<>();
    private AutoCloseable watching;

    public SandboxCluster(DemoFleet fleet, ScheduledExecutorService timer, Clock clock) {
        this.fleet = fleet;
        this.clock = clock;
        this.source = new DemoClusterSource(fleet, timer, clock);
        this.logs = new DemoLogs(fleet);
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        KubernetesMixedDispatcher crud = new KubernetesMixedDispatcher(responses);
        server = new KubernetesMockServer(new Context(), new MockWebServer(), responses, new LogsThenCrud(crud), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = server.createClient();
    }

    /** Starts mirroring the simulation into the API server; the first list lands within a second. */
    public void start() {
        watching = source.watch(new Mirror());
    }

    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** Writes a kubeconfig whose context {@code context} points at this server. */
    public Path writeKubeconfig(Path file, String context) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                current-context: %1$s
                clusters:
                - name: %1$s
                  cluster:
                    server: %2$s
                contexts:
                - name: %1$s
                  context:
                    cluster: %1$s
                    user: %1$s
                users:
                - name: %1$s
                  user:
                    token: sandbox
                """.formatted(context, url()));
        return file;
    }

    /** Writes what the simulation publishes through the API, as a controller would. */
    private final class Mirror implements ClusterListener {

        @Override
        public void pod(String key, PodSummary pod) {
            guard(() -> {
                if (pod == null) {
                    String[] k = key.split("/", 2);
                    client.pods().inNamespace(k[0]).withName(k[1]).delete();
                    return;
                }
                if (pod.node() != null && nodes.add(pod.node())) {
                    client.nodes().resource(ApiObjects.node(pod.node())).createOr(NonDeletingOperation::update);
                }
                String image = image(pod);
                client.pods().inNamespace(pod.namespace()).resource(ApiObjects.pod(pod, image)).createOr(NonDeletingOperation::update);
            });
        }

        @Override
        public void deployment(String key, DeploymentSummary d) {
            if (d == null) {
                return;
            }
            guard(() -> {
                if (fleet.service(d.name()).map(s -> s.workloadKind().equals("StatefulSet")).orElse(false)) {
                    client.apps().statefulSets().inNamespace(d.namespace()).resource(new StatefulSetBuilder()
                            .withNewMetadata().withNamespace(d.namespace()).withName(d.name()).endMetadata()
                            .withNewSpec().withReplicas(d.desired()).endSpec()
                            .withNewStatus().withReplicas(d.desired()).withReadyReplicas(d.ready()).endStatus().build())
                            .createOr(NonDeletingOperation::update);
                    return;
                }
                client.apps().deployments().inNamespace(d.namespace()).resource(ApiObjects.deployment(d)).createOr(NonDeletingOperation::update);
                List<RevisionSummary> history = source.history(d.namespace(), d.name());
                String current = currentHash(d.name());
                for (RevisionSummary r : history) {
                    String hash = r.revision() == d.revision() && current != null ? current : "rev" + r.revision();
                    client.apps().replicaSets().inNamespace(d.namespace()).resource(ApiObjects.replicaSet(d, r, hash))
                            .createOr(NonDeletingOperation::update);
                }
            });
        }

        @Override
        public void event(ClusterEvent e) {
            guard(() -> client.v1().events().inNamespace(e.namespace()).resource(ApiObjects.event(e)).createOr(NonDeletingOperation::update));
        }

        @Override
        public void status(ClusterStatus status) {
            // The simulation is always connected; the API server's own health is the console's to judge.
        }
    }

    private String currentHash(String deployment) {
        return fleet.pods(deployment).stream().findFirst()
                .map(p -> p.name().substring(deployment.length() + 1, p.name().lastIndexOf('-'))).orElse(null);
    }

    private String image(PodSummary pod) {
        try {
            PodDetails details = source.podDetails(pod.namespace(), pod.name());
            return details.containers().getFirst().image();
        } catch (RuntimeException e) {
            return "registry.demo/" + pod.ownerName() + ":unknown";
        }
    }

    private static void guard(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.warn("sandbox cluster: a write to the API server failed: {}", e.toString());
        }
    }

    /**
     * Pod logs from the fleet's traffic (what the CRUD store cannot answer); everything else is CRUD. A
     * follow is answered with what the pod has logged so far and closed, as the CRUD mock cannot stream;
     * Vigil's follower then asks again from its last line ({@code sinceTime}), once a second.
     */
    private final class LogsThenCrud extends Dispatcher {
        private final Dispatcher crud;

        LogsThenCrud(Dispatcher crud) {
            this.crud = crud;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            Matcher m = LOG_PATH.matcher(request.getPath());
            if (!"GET".equals(request.getMethod()) || !m.matches()) {
                return crud.dispatch(request);
            }
            Map<String, String> q = query(m.group(3));
            Instant now = clock.instant();
            long since = q.containsKey("sinceSeconds") ? Long.parseLong(q.get("sinceSeconds"))
                    : q.containsKey("sinceTime") ? Math.max(0, Duration.between(Instant.parse(q.get("sinceTime")), now).toSeconds() + 1)
                    : 600;
            int tail = q.containsKey("tailLines") ? Integer.parseInt(q.get("tailLines")) : Integer.MAX_VALUE;
            boolean stamps = "true".equals(q.get("timestamps"));
            List<String> lines = logs.between(now.minus(Duration.ofSeconds(Math.min(since, 3600))), now, Duration.ofMillis(40)).stream()
                    .filter(l -> l.pod().equals(m.group(2))).map(l -> stamps ? l.at() + " " + l.text() : l.text()).toList();
            List<String> tailed = lines.subList(Math.max(0, lines.size() - tail), lines.size());
            return new MockResponse().setResponseCode(200).setBody(String.join("\n", tailed) + (tailed.isEmpty() ? "" : "\n"));
        }

        @Override
        public void shutdown() {
            crud.shutdown();
        }
    }

    private static Map<String, String> query(String q) {
        Map<String, String> out = new HashMap<>();
        if (q == null || q.length() < 2) {
            return out;
        }
        for (String pair : q.substring(1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void close() {
        if (watching != null) {
            try {
                watching.close();
            } catch (Exception e) {
                // the demo source only removes a listener
            }
        }
        source.close();
        client.close();
        try {
            server.destroy();
        } catch (IllegalStateException e) {
            // The mock server waits for its event loop, which a watch closed mid-send can hold for seconds
            // (see docs/architecture.md); it is going away either way.
            LOG.warn("sandbox cluster: the API server did not stop cleanly: {}", e.getMessage());
        }
    }
}
