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
import dev.vigil.views.common.UiFirst;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
 * Fabric8's mock API server on loopback (in a child JVM, so heap and CPU figures are the console's),
 * then 60 s of churn at 500 pod updates a second. Beside wall-clock figures it reports CPU time
 * (of the process for the loads, of the FX thread per frame), which a machine shared with other
 * builds disturbs far less, and the load average at start and end.
 * Options: {@code --pods N --namespaces N --seconds N --rate N --sick-every N} (every N-th pod starts
 * crash-looping; default 0, a fleet that is all Running, the harder case: its first failures sort to the top, on screen),
 * {@code --select-row N} (that row's pod selected during the churn; default none).
 */
public final class PodsBench implements Benchmark {

    @Override
    public Map<String, Object> run(List<String> args) throws Exception {
        int pods = option(args, "--pods", 50_000);
        int namespaces = option(args, "--namespaces", 200);
        int seconds = option(args, "--seconds", 60);
        int rate = option(args, "--rate", 500);
        int sickEvery = option(args, "--sick-every", 0);
        int selectRow = option(args, "--select-row", -1);
        int serverNice = option(args, "--server-nice", 0);
        quietLogs();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("pods", pods);
        figures.put("namespaces", namespaces);
        figures.put("sick_every", sickEvery);
        figures.put("select_row", selectRow);
        figures.put("server_nice", serverNice);
        figures.put("load_avg_start", loadAverage());

        // Two servers holding the same pods, in a child JVM: the mock stalls its event loop for seconds
        // when a watch is closed while it is still sending (WatchEventsListener.onClosed waits for a send
        // that needs that very loop), so the bare informer gets a server of its own and the console a fresh one.
        Process servers = startServers(pods, namespaces, sickEvery);
        try {
            BufferedReader answers = new BufferedReader(new InputStreamReader(servers.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter commands = new PrintWriter(servers.getOutputStream(), true, StandardCharsets.UTF_8);
            String[] ready = expect(answers, "READY");
            figures.put("seed_s", Double.parseDouble(ready[3]));

            Kubeconfig bareConfig = kubeconfig(ready[1]);
            warmUp(bareConfig);
            long cpu0 = processCpuNanos();
            double raw = rawList(bareConfig);
            double rawCpu = (processCpuNanos() - cpu0) / 1e9;
            figures.put("raw_list_s", round(raw, 2));
            figures.put("raw_list_cpu_s", round(rawCpu, 2));

            // The stand-in API server warms up its churn path on the bare informer's server (done with now), so
            // that its JIT does not take a core from the console in the measured churn's first seconds.
            commands.println("warm");
            String[] warmed = expect(answers, "WARMED");
            figures.put("server_warm_s", Double.parseDouble(warmed[2]));
            System.err.printf("pods bench: the stand-in server warmed up its churn path (%s updates, %s s)%n", warmed[1], warmed[2]);

            // The bare informer's 50,000 cached pods are garbage now, but they sit in the old generation where
            // the collector would clean them up in the middle of the console's churn: not the console's cost.
            usedHeapAfterGc();
            Map<String, Object> ui = measureConsole(kubeconfig(ready[2]), pods, seconds, rate, selectRow, serverNice, commands,
                    answers);
            figures.putAll(ui);
            figures.put("load_ratio", round((Double) ui.get("initial_load_s") / raw, 2));
            figures.put("load_cpu_ratio", round((Double) ui.get("initial_load_cpu_s") / rawCpu, 2));
            commands.println("quit");
        } finally {
            servers.destroyForcibly();
        }
        figures.put("load_avg_end", loadAverage());
        return figures;
    }

    private static Process startServers(int pods, int namespaces, int sickEvery) throws IOException {
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx3g",
                "--enable-native-access=ALL-UNNAMED",
                "-Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener", "-cp", System.getProperty("java.class.path"),
                BenchClusterMain.class.getName(), String.valueOf(pods), String.valueOf(namespaces),
                String.valueOf(sickEvery));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The child's next line that starts with {@code word} (libraries may print their own lines first). */
    private static String[] expect(BufferedReader answers, String word) throws IOException {
        for (String line = answers.readLine(); line != null; line = answers.readLine()) {
            if (line.startsWith(word + " ")) {
                return line.trim().split("\\s+");
            }
        }
        throw new IllegalStateException("the mock API server process ended before saying " + word);
    }

    /** CPU time of this process (all its threads), ns. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The one-minute load average: how busy the shared machine was. */
    private static double loadAverage() {
        return round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2);
    }

    private static Kubeconfig kubeconfig(String url) throws IOException {
        Path file = Files.createTempFile("vigil-pods-bench", ".kubeconfig");
        file.toFile().deleteOnExit();
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                current-context: bench
                clusters: [{name: bench, cluster: {server: "%s"}}]
                contexts: [{name: bench, context: {cluster: bench, user: bench}}]
                users: [{name: bench, user: {token: bench}}]
                """.formatted(url));
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

    private Map<String, Object> measureConsole(Kubeconfig config, int pods, int seconds, int rate, int selectRow, int serverNice,
                                               PrintWriter servers, BufferedReader answers) throws Exception {
        Platform.startup(() -> { });
        // The console lowers its background threads (views.common.UiFirst): measure it so.
        UiFirst.start();
        ExecutorService io = Executors.newFixedThreadPool(4);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        PulseMeter meter = new PulseMeter();
        GcPauses gc = new GcPauses();
        CompletableFuture<Long> loaded = new CompletableFuture<>();
        AtomicLong opened = new AtomicLong();
        AtomicLong openedCpu = new AtomicLong();
        AtomicLong connected = new AtomicLong();
        AtomicLong clientBuilt = new AtomicLong();
        AtomicLong churnSeen = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean churning = new java.util.concurrent.atomic.AtomicBoolean();
        Environment env = new Environment("bench", Tier.INTEGRATION, false, "bench", null, null, AlertingSettings.NONE, List.of());
        ClusterViewModel[] holder = new ClusterViewModel[1];
        javafx.scene.Node[] shownView = new javafx.scene.Node[1];
        long[] t0 = new long[1];
        onFx(() -> {
            meter.install();
            var fx = meter.timed(FxThread.executor());
            ClusterViewModel vm = new ClusterViewModel(e -> {
                        // The list starts with the connection: client, then informers.
                        opened.set(System.nanoTime());
                        openedCpu.set(processCpuNanos());
                        var source = KubeClusterSource.open("bench", config.clientConfig("bench"), timer, Clock.systemUTC());
                        clientBuilt.set(System.nanoTime());
                        return source;
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
            shownView[0] = view;
            vm.statusProperty().addListener((o, a, st) -> {
                if (st.live() && connected.get() == 0) {
                    connected.set(System.nanoTime());
                }
            });
            Runnable seen = () -> {
                if (churning.get() && churnSeen.get() == 0) {
                    churnSeen.set(System.nanoTime());
                }
            };
            vm.pods().addListener((ListChangeListener<Object>) c -> {
                if (vm.pods().size() >= pods && !loaded.isDone()) {
                    loaded.complete(System.nanoTime());
                }
                seen.run();
            });
            // A change that has not moved its row yet shows in the row where it is (rows move at most once a second).
            vm.rowStatesProperty().addListener((o, a, b) -> seen.run());
        });
        // The section is on screen, styled and painted, before it connects: the list is what is measured, not
        // the first styling of a window built in the same instant (as when a console already open switches to
        // an environment).
        Thread.sleep(1_000);
        onFx(() -> { });
        onFx(() -> {
            t0[0] = System.nanoTime();
            holder[0].show(env);
        });
        long shownAt = loaded.get(10, TimeUnit.MINUTES);
        double initialCpu = (processCpuNanos() - openedCpu.get()) / 1e9;
        double initial = (shownAt - opened.get()) / 1e9;
        System.err.printf("pods bench: the table shows %,d pods %.2f s after the connection opened (%.2f s after the section asked;"
                + " %.2f s of CPU; client and informers built in %.0f ms)%n", pods, initial, (shownAt - t0[0]) / 1e9, initialCpu,
                (clientBuilt.get() - opened.get()) / 1e6);
        if (selectRow >= 0) {
            // A pod selected (clicked) while the cluster churns: the table keeps that pod selected as it moves.
            onFx(() -> ((javafx.scene.control.TableView<?>) shownView[0].lookup("#pods-table")).getSelectionModel().select(selectRow));
        }
        Thread.sleep(2_000);

        if (serverNice > 0) {
            // The API server is not on the operator's machine: --server-nice lets the stand-in take only what the console leaves.
            servers.println("nice " + serverNice);
            expect(answers, "NICED");
        }
        System.err.printf("pods bench: churn at %d updates/s for %d s%n", rate, seconds);
        meter.recording(true);
        gc.recording(true);
        long churnCpu0 = processCpuNanos();
        long churnStart = System.nanoTime();
        churning.set(true);
        servers.println("churn " + rate + " " + seconds);
        long sent = Long.parseLong(expect(answers, "CHURNED")[1]);
        double churnSeconds = (System.nanoTime() - churnStart) / 1e9;
        Thread.sleep(500);
        meter.recording(false);
        gc.recording(false);
        gc.close();
        double churnCpuPct = (processCpuNanos() - churnCpu0) / 1e9 / ((System.nanoTime() - churnStart) / 1e9) * 100;

        List<Double> samples = meter.samples();
        List<Double> cpu = meter.cpuSamples();
        int shown = onFxGet(() -> holder[0].allPods().size());
        long heap = usedHeapAfterGc();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("initial_load_s", round(initial, 2));
        figures.put("initial_load_cpu_s", round(initialCpu, 2));
        figures.put("synced_s", round((connected.get() - opened.get()) / 1e9, 2));
        figures.put("churn_s", round(churnSeconds, 1));
        figures.put("first_change_ms", churnSeen.get() == 0 ? -1 : round((churnSeen.get() - churnStart) / 1e6, 1));
        figures.put("churn_updates_per_s", round(sent / churnSeconds, 0));
        figures.put("churn_cpu_pct", round(churnCpuPct, 1));
        meter.putFigures(figures);
        meter.printSlowStacks();
        figures.put("pulse_cpu_p50_ms", round(PulseMeter.percentile(cpu, 50), 2));
        figures.put("pulse_cpu_p99_ms", round(PulseMeter.percentile(cpu, 99), 2));
        figures.put("pulse_cpu_max_ms", round(cpu.stream().mapToDouble(Double::doubleValue).max().orElse(0), 2));
        // The same two maxima without the churn's first 5 s: what is left once the JIT has compiled the paths
        // a changing table takes (they are cold until the first change after the list).
        List<Long> times = meter.sampleTimes();
        long warm = churnStart + TimeUnit.SECONDS.toNanos(5);
        List<Double> wallAfter = new java.util.ArrayList<>();
        List<Double> cpuAfter = new java.util.ArrayList<>();
        for (int i = 0; i < times.size() && i < samples.size() && i < cpu.size(); i++) {
            if (times.get(i) >= warm) {
                wallAfter.add(samples.get(i));
                cpuAfter.add(cpu.get(i));
            }
        }
        double maxAfter = wallAfter.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double cpuMaxAfter = cpuAfter.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (System.getenv("VIGIL_BENCH_DEBUG") != null) {
            List<Double> scene = meter.sceneSamples();
            List<Double> apply = meter.callbackSamples();
            List<String> notes = meter.frameNotes();
            long nowNs = System.nanoTime();
            long nowMs = System.currentTimeMillis();
            // The ten longest frames (the p99 is the second of ~170), in the order they came.
            int n = Math.min(Math.min(times.size(), cpu.size()), samples.size());
            java.util.stream.IntStream.range(0, n).boxed().sorted((a, b) -> Double.compare(samples.get(b), samples.get(a))).limit(10)
                    .sorted().forEach(i -> System.err.printf("DBG long frame at %s (churn +%.1f s): cpu %.1f wall %.1f (scene %.1f, apply %.1f: %s)%n",
                            java.time.Instant.ofEpochMilli(nowMs - (nowNs - times.get(i)) / 1_000_000), (times.get(i) - churnStart) / 1e9,
                            cpu.get(i), samples.get(i), scene.get(i), apply.get(i), i < notes.size() ? notes.get(i) : "?"));
        }
        figures.put("pulse_p99_after_5s_ms", round(PulseMeter.percentile(wallAfter, 99), 2));
        figures.put("pulse_cpu_p99_after_5s_ms", round(PulseMeter.percentile(cpuAfter, 99), 2));
        figures.put("pulse_max_after_5s_ms", round(maxAfter, 2));
        figures.put("pulse_cpu_max_after_5s_ms", round(cpuMaxAfter, 2));
        List<Double> pauses = gc.pauses();
        figures.put("gc_pauses", pauses.size());
        figures.put("gc_pause_max_ms", round(pauses.stream().mapToDouble(Double::doubleValue).max().orElse(0), 1));
        figures.put("rows_after_churn", shown);
        figures.put("heap_mb", Math.round(heap / 1024.0 / 1024.0));
        onFx(() -> holder[0].close());
        io.shutdownNow();
        timer.shutdownNow();
        return figures;
    }
}
