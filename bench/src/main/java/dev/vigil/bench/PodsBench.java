package dev.vigil.bench;

import static dev.vigil.bench.BenchSupport.*;

import dev.vigil.connectors.kubernetes.AuditLog;
import dev.vigil.connectors.kubernetes.KubeClusterSource;
import dev.vigil.connectors.kubernetes.Kubeconfig;
import dev.vigil.environments.AlertingSettings;
import dev.vigil.environments.Environment;
import dev.vigil.environments.Tier;
import dev.vigil.views.cluster.ClusterView;
import dev.vigil.views.cluster.ClusterViewModel;
import dev.vigil.views.cluster.PodActionsViewModel;
import dev.vigil.views.cluster.PodDetailsViewModel;
import dev.vigil.views.cluster.PodInspectorViewModel;
import dev.vigil.views.cluster.PodLogsViewModel;
import dev.vigil.views.cluster.RevisionHistoryViewModel;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.Pinboard;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./vigil bench pods}: the Cluster section against 50,000 pods in 200 namespaces served by
 * Fabric8's mock API server on loopback, then 60 s of churn at 500 pod updates a second.
 * Options: {@code --pods N --namespaces N --seconds N --rate N}.
 */
public final class PodsBench implements Benchmark {

    @Override
    public Map<String, Object> run(List<String> args) throws Exception {
        int pods = option(args, "--pods", 50_000);
        int namespaces = option(args, "--namespaces", 200);
        int seconds = option(args, "--seconds", 60);
        int rate = option(args, "--rate", 500);
        quietLogs();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("pods", pods);
        figures.put("namespaces", namespaces);

        // Two servers holding the same pods: the mock stalls its event loop for seconds when a watch is
        // closed while it is still sending (WatchEventsListener.onClosed waits for a send that needs
        // that very loop), so the bare informer gets a server of its own and the console a fresh one.
        BenchCluster bare = new BenchCluster();
        BenchCluster cluster = new BenchCluster();
        try {
            System.err.printf("pods bench: creating %,d pods in %d namespaces on %s and %s%n", pods, namespaces, bare.url(), cluster.url());
            bare.seed(pods, namespaces);
            figures.put("seed_s", round(cluster.seed(pods, namespaces), 1));

            Kubeconfig bareConfig = kubeconfig(bare);
            warmUp(bareConfig);
            double raw = rawList(bareConfig);
            figures.put("raw_list_s", round(raw, 2));

            Map<String, Object> ui = measureConsole(cluster, kubeconfig(cluster), pods, seconds, rate);
            figures.putAll(ui);
            figures.put("load_ratio", round((Double) ui.get("initial_load_s") / raw, 2));

        } finally {
            // Closing may wait out the mock's stalled loop; the JVM exits after printing anyway.
            Thread.ofPlatform().daemon().start(() -> {
                bare.close();
                cluster.close();
            });
        }
        return figures;
    }

    private static Kubeconfig kubeconfig(BenchCluster cluster) throws java.io.IOException {
        Path file = Files.createTempFile("vigil-pods-bench", ".kubeconfig");
        file.toFile().deleteOnExit();
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                current-context: bench
                clusters: [{name: bench, cluster: {server: "%s"}}]
                contexts: [{name: bench, context: {cluster: bench, user: bench}}]
                users: [{name: bench, user: {token: bench}}]
                """.formatted(cluster.url()));
        return Kubeconfig.load(List.of(file));
    }

    /** One plain list first, so neither measured list pays for class loading and JIT warm-up alone. */
    private static void warmUp(Kubeconfig config) {
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config.clientConfig("bench")).build()) {
            client.pods().inAnyNamespace().list();
        }
    }

    /** A bare informer over all pods: start → synced. The floor the console's load is compared with. */
    private static double rawList(Kubeconfig config) {
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config.clientConfig("bench")).build()) {
            long t0 = System.nanoTime();
            SharedIndexInformer<Pod> informer = client.pods().inAnyNamespace().runnableInformer(0);
            informer.start().toCompletableFuture().join();
            double s = (System.nanoTime() - t0) / 1e9;
            System.err.printf("pods bench: bare informer listed %,d pods in %.2f s%n", informer.getStore().list().size(), s);
            informer.stop();
            return s;
        }
    }

    private Map<String, Object> measureConsole(BenchCluster cluster, Kubeconfig config, int pods, int seconds, int rate)
            throws Exception {
        Platform.startup(() -> { });
        ExecutorService io = Executors.newFixedThreadPool(4);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        PulseMeter meter = new PulseMeter();
        CompletableFuture<Long> loaded = new CompletableFuture<>();
        AtomicLong opened = new AtomicLong();
        AtomicLong connected = new AtomicLong();
        Environment env = new Environment("bench", Tier.INTEGRATION, false, "bench", null, null, AlertingSettings.NONE, List.of());
        ClusterViewModel[] holder = new ClusterViewModel[1];
        long[] t0 = new long[1];
        onFx(() -> {
            meter.install();
            var fx = meter.timed(FxThread.executor());
            ClusterViewModel vm = new ClusterViewModel(e -> {
                        // The list starts with the connection: client, then informers.
                        opened.set(System.nanoTime());
                        return KubeClusterSource.open("bench", config.clientConfig("bench"), timer, Clock.systemUTC());
                    }, io, fx, timer, Clock.systemUTC());
            holder[0] = vm;
            Pinboard none = new NoPinboard();
            PodDetailsViewModel details = new PodDetailsViewModel(vm, none, io, fx);
            PodLogsViewModel logs = new PodLogsViewModel(vm, io, fx, timer);
            PodActionsViewModel actions = new PodActionsViewModel(vm, text -> false,
                    new AuditLog(Path.of(System.getProperty("java.io.tmpdir"), "vigil-bench-actions.jsonl")), "bench", io, fx,
                    Clock.systemUTC());
            ClusterView view = new ClusterView(vm, new PodInspectorViewModel(vm, details, logs, actions),
                    new RevisionHistoryViewModel(vm, io, fx), Clock.systemUTC());
            showInWindow(view, 1000, 900);
            vm.statusProperty().addListener((o, a, st) -> {
                if (st.live() && connected.get() == 0) {
                    connected.set(System.nanoTime());
                }
            });
            vm.pods().addListener((ListChangeListener<Object>) c -> {
                if (vm.pods().size() >= pods && !loaded.isDone()) {
                    loaded.complete(System.nanoTime());
                }
            });
            t0[0] = System.nanoTime();
            vm.show(env);
        });
        long shownAt = loaded.get(10, TimeUnit.MINUTES);
        double initial = (shownAt - opened.get()) / 1e9;
        System.err.printf("pods bench: the table shows %,d pods %.2f s after the connection opened (%.2f s after the section asked;"
                + " informers synced at %.2f s)%n", pods, initial, (shownAt - t0[0]) / 1e9, (connected.get() - opened.get()) / 1e9);
        Thread.sleep(2_000);

        System.err.printf("pods bench: churn at %d updates/s for %d s%n", rate, seconds);
        meter.recording(true);
        AtomicLong updates = new AtomicLong();
        long churnStart = System.nanoTime();
        long churnEnd = churnStart + TimeUnit.SECONDS.toNanos(seconds);
        int threads = 2;
        ExecutorService churners = Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> work = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        int[] generation = new int[cluster.size()];
        for (int t = 0; t < threads; t++) {
            int worker = t;
            work.add(churners.submit(() -> {
                long k = 0;
                while (true) {
                    long due = churnStart + (long) ((k * threads + worker) * (1e9 / rate));
                    if (due > churnEnd) {
                        return null;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    int i;
                    int gen;
                    synchronized (generation) {
                        i = random.nextInt(generation.length);
                        gen = ++generation[i];
                    }
                    cluster.churn(i, gen);
                    updates.incrementAndGet();
                    k++;
                }
            }));
        }
        for (var f : work) {
            f.get();
        }
        double churnSeconds = (System.nanoTime() - churnStart) / 1e9;
        Thread.sleep(500);
        meter.recording(false);
        churners.shutdown();

        int shown = onFxGet(() -> holder[0].allPods().size());
        long heap = usedHeapAfterGc();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("initial_load_s", round(initial, 2));
        figures.put("synced_s", round((connected.get() - opened.get()) / 1e9, 2));
        figures.put("churn_s", round(churnSeconds, 1));
        figures.put("churn_updates_per_s", round(updates.get() / churnSeconds, 0));
        meter.putFigures(figures);
        figures.put("rows_after_churn", shown);
        figures.put("heap_mb", Math.round(heap / 1024.0 / 1024.0));
        onFx(() -> holder[0].close());
        io.shutdownNow();
        timer.shutdownNow();
        return figures;
    }
}
