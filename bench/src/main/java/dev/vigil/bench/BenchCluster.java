package dev.vigil.bench;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import dev.vigil.connectors.kubernetes.ApiServerCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Fabric8's mock API server in CRUD mode on loopback holding the bench's pods (run in a child JVM by
 * {@link BenchClusterMain}, so that the console's heap and CPU figures are its own): {@code pods} spread
 * over {@code namespaces}, each a deployment's replica with a realistic status.
 *
 * <p>Pods enter the mock's store, and churn reaches its watchers, through the CRUD dispatcher's own
 * event path ({@code processEvent}: store, then notify every watch) instead of one HTTP request
 * each: the mock finds an object by scanning its whole store, so at 50,000 pods an HTTP create or
 * update costs a full scan (seeding took minutes and updates topped out near 130/s at 5,000 pods).
 * The console still lists over HTTP and receives every change over its real watch connection.
 *
 * <p>Lists asked for with {@code limit} come in pages, as from a real API server ({@link ApiServerCrudDispatcher});
 * the CRUD mock alone sends everything at once whatever the client asks.
 */
final class BenchCluster implements AutoCloseable {

    private final ApiServerCrudDispatcher dispatcher = new ApiServerCrudDispatcher();
    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final List<Pod> pods = new ArrayList<>();

    BenchCluster() {
        var responses = new HashMap<io.fabric8.mockwebserver.ServerRequest, java.util.Queue<io.fabric8.mockwebserver.ServerResponse>>();
        server = new KubernetesMockServer(new Context(), new MockWebServer(), responses, dispatcher, false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = server.createClient();
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    KubernetesClient client() {
        return client;
    }

    static Pod pod(int i, int namespaces, Instant now, boolean sick) {
        String ns = "team-" + (i % namespaces);
        String app = "svc-" + (i / namespaces % 40);
        String name = app + "-6d8f9b7c5-" + Integer.toString(100_000 + i, 36);
        var state = new ContainerStatusBuilder().withName(app).withReady(!sick).withRestartCount(sick ? 3 + i % 5 : 0)
                .withImage("registry.example.com/" + app + ":2.3." + (i % 7));
        if (sick) {
            state.withNewState().withNewWaiting().withReason("CrashLoopBackOff").endWaiting().endState()
                    .withNewLastState().withNewTerminated().withReason("Error").withExitCode(1)
                    .withFinishedAt(now.minusSeconds(30).toString()).endTerminated().endLastState();
        } else {
            state.withNewState().withNewRunning().withStartedAt(now.minusSeconds(i % 86_400).toString()).endRunning().endState();
        }
        return new PodBuilder()
                .withNewMetadata().withNamespace(ns).withName(name).withCreationTimestamp(now.minusSeconds(i % 86_400).toString())
                .addToLabels("app", app).addToLabels("pod-template-hash", "6d8f9b7c5")
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("ReplicaSet").withName(app + "-6d8f9b7c5")
                .withUid("rs-" + ns + "-" + app).withController(true).endOwnerReference()
                .endMetadata()
                .withNewSpec().withNodeName("node-" + (i % 300)).addNewContainer().withName(app)
                .withImage("registry.example.com/" + app + ":2.3." + (i % 7)).endContainer().endSpec()
                .withNewStatus().withPhase("Running").withPodIP("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255))
                .withContainerStatuses(state.build())
                .endStatus().build();
    }

    /**
     * Puts the pods into the mock's store (as a create would, without the scan); returns seconds taken.
     * Every {@code sickEvery}-th pod starts crash-looping, as a few always are in a fleet this size (0: none).
     */
    double seed(int count, int namespaces, int sickEvery) {
        Instant now = Instant.now();
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Pod p = pod(i, namespaces, now, sickEvery > 0 && i % sickEvery == sickEvery - 1);
            p.getMetadata().setUid(java.util.UUID.randomUUID().toString());
            pods.add(p);
            store(p, false);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Stores a pod's new state and tells every watcher, as the mock's create and update handlers do. */
    synchronized void store(Pod p, boolean exists) {
        String path = "/api/v1/namespaces/" + p.getMetadata().getNamespace() + "/pods";
        AttributeSet key = dispatcher.getKey(path).add(new Attribute("name", p.getMetadata().getName()));
        p.getMetadata().setResourceVersion(String.valueOf(dispatcher.requestResourceVersion()));
        String json = Serialization.asJson(p);
        dispatcher.processEvent(path, key, exists ? key : null, Serialization.unmarshal(json, GenericKubernetesResource.class), json);
    }

    /** Changes pod {@code i} as a crash-looping replica changes: restart count up, readiness flipping. */
    void churn(int i, int generation) {
        Pod p;
        synchronized (this) {
            p = pods.get(i);
            var cs = p.getStatus().getContainerStatuses().getFirst();
            boolean crashing = generation % 2 == 1;
            p = new PodBuilder(p).editStatus().withContainerStatuses(new ContainerStatusBuilder(cs)
                    .withRestartCount(cs.getRestartCount() + 1).withReady(!crashing)
                    .withNewState().withNewRunning().withStartedAt(Instant.now().toString()).endRunning().endState()
                    .build()).endStatus().build();
            pods.set(i, p);
        }
        store(p, true);
    }

    int size() {
        return pods.size();
    }

    /**
     * Changes random pods at {@code rate} a second for {@code seconds} (two sender threads, each on its
     * own schedule so a late send does not delay the next); returns how many were sent.
     */
    long churnFor(int rate, int seconds) throws Exception {
        java.util.concurrent.atomic.AtomicLong updates = new java.util.concurrent.atomic.AtomicLong();
        long start = System.nanoTime();
        long end = start + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        int threads = 2;
        java.util.Random random = new java.util.Random(7);
        int[] generation = new int[size()];
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                work.add(senders.submit(() -> {
                    for (long k = 0; ; k++) {
                        long due = start + (long) ((k * threads + worker) * (1e9 / rate));
                        if (due > end) {
                            return null;
                        }
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        int i;
                        int gen;
                        synchronized (generation) {
                            i = random.nextInt(generation.length);
                            gen = ++generation[i];
                        }
                        churn(i, gen);
                        updates.incrementAndGet();
                    }
                }));
            }
            for (var f : work) {
                f.get();
            }
        } finally {
            senders.shutdownNow();
        }
        return updates.get();
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
