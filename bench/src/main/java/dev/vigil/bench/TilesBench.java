package dev.vigil.bench;

import dev.vigil.connectors.credentials.CredentialResolver;
import dev.vigil.connectors.prometheus.PromClientSettings;
import dev.vigil.connectors.prometheus.PromQueryClient;
import dev.vigil.connectors.prometheus.PrometheusMetricsSource;
import dev.vigil.connectors.prometheus.PrometheusSources;
import dev.vigil.connectors.prometheus.TileSpec;
import dev.vigil.environments.Endpoint;
import dev.vigil.environments.Environment;
import dev.vigil.environments.ServiceSpec;
import dev.vigil.environments.Tier;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.UiFirst;
import dev.vigil.views.metrics.MetricsView;
import dev.vigil.views.metrics.MetricsViewModel;
import dev.vigil.views.metrics.RefreshInterval;
import dev.vigil.views.shell.Theme;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./vigil bench tiles [SECONDS]}: 8 services × 6 tiles at a 1 s refresh against the real
 * Prometheus for 60 s (by default). The Prometheus and the 8 test services run in a child process; the
 * bare client's threads are taken off {@code cpu_pct}, so it is Vigil's own.
 *
 * <ul>
 *   <li>{@code fx_ms_*}: FX-thread time per refresh, wall clock: applying its answers (in batches as they
 *       arrive) plus every whole pulse from the first batch to the one that paints the last (see
 *       {@link RefreshMeter}); {@code fx_cpu_ms_*} the same in CPU time of the FX thread.</li>
 *   <li>{@code refresh_*_ms}: the round's queries going out → the pulse that paints its last answer done.</li>
 *   <li>{@code raw_query_*_ms}: the very queries a refresh sends ({@code queries_per_refresh} of them, one
 *       per metric across services) sent at once by a bare client between refreshes, start → last answer;
 *       {@code raw_per_tile_*_ms}: one query per tile (48), as a client without shared queries would ask.</li>
 *   <li>{@code cpu_pct}: CPU time of this process over the run minus the bare client's threads, in % of one core.</li>
 * </ul>
 */
public final class TilesBench implements Benchmark {

    private static final int SERVICES = 8;

    @Override
    public Map<String, Object> run(List<String> args) throws Exception {
        BenchSupport.quietLogs();
        int seconds = args.isEmpty() ? 60 : Integer.parseInt(args.getFirst());
        Process prometheus = startPrometheus();
        try {
            URI url = URI.create(readUrl(prometheus));
            System.err.println("tiles bench: prometheus on " + url + ", waiting for 15 s of scrapes");
            Thread.sleep(15_000);
            return measure(url, seconds);
        } finally {
            prometheus.destroy();
            prometheus.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Process startPrometheus() throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "dev.vigil.connectors.prometheus.LocalPrometheusMain"));
        for (int i = 0; i < SERVICES; i++) {
            command.add("svc-" + i);
        }
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static String readUrl(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("http")) {
            throw new IllegalStateException("the Prometheus child process did not start (is the Debian package 'prometheus' installed?)");
        }
        return line.trim();
    }

    private Map<String, Object> measure(URI url, int seconds) throws Exception {
        List<ServiceSpec> services = new ArrayList<>();
        for (int i = 0; i < SERVICES; i++) {
            services.add(new ServiceSpec("svc-" + i, "test", Map.of(), Map.of("window", "15s"), null));
        }
        Environment env = new Environment("bench", Tier.SANDBOX, false, null, new Endpoint(url, null), null, null, services);
        List<TileSpec> tiles = new ArrayList<>();
        PrometheusMetricsSource lookup = new PrometheusMetricsSource(new PromQueryClient(url, null, PromClientSettings.DEFAULTS));
        for (ServiceSpec s : services) {
            PromQueryClient.await(lookup.tiles(s)).stream().filter(TileSpec::compact).forEach(tiles::add);
        }
        List<String> perTile = tiles.stream().map(TileSpec::query).toList();
        List<String> shared = lookup.queriesFor(tiles); // what a refresh of these tiles sends
        lookup.close();

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        // The console lowers its background threads (views.common.UiFirst): measure it so.
        UiFirst.start();
        started.await();
        ExecutorService io = Executors.newFixedThreadPool(4);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        RefreshMeter meter = new RefreshMeter();
        MetricsViewModel model = BenchSupport.onFxGet(() -> {
            MetricsViewModel m = new MetricsViewModel(new SimpleObjectProperty<>(env), new PrometheusSources(CredentialResolver.NONE,
                    PromClientSettings.DEFAULTS, meter::queryFinished), io, FxThread.executor(), timer, Clock.systemUTC(),
                    new BenchSupport.NoPinboard());
            BenchSupport.showInWindow(new MetricsView(m, new SimpleObjectProperty<>(Theme.DARK)), 1000, 1000);
            meter.install(m.lastRefreshProperty());
            m.intervalProperty().set(RefreshInterval.ONE_SECOND);
            return m;
        });

        // The bare client asks between Vigil's refreshes (a third and two thirds of a second after each), so they
        // do not queue behind one another at Prometheus: first the very queries a refresh sends, then one per tile.
        Duration history = RefreshInterval.ONE_SECOND.sparklineHistory();
        Duration step = history.dividedBy(60);
        BareClient bare = new BareClient(url);
        List<Double> rawShared = new CopyOnWriteArrayList<>();
        List<Double> rawPerTile = new CopyOnWriteArrayList<>();
        ScheduledExecutorService rawTimer = Executors.newSingleThreadScheduledExecutor(bare.trackedThreads("bare-client-timer"));
        rawTimer.scheduleAtFixedRate(() -> rawRound(bare, shared, history, step, rawShared), 333, 1000, TimeUnit.MILLISECONDS);
        rawTimer.scheduleAtFixedRate(() -> rawRound(bare, perTile, history, step, rawPerTile), 667, 1000, TimeUnit.MILLISECONDS);

        System.err.println("tiles bench: warming up 5 s");
        Thread.sleep(5_000);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        BenchSupport.onFx(() -> {
            meter.clear();
            meter.recording(true);
        });
        rawShared.clear();
        rawPerTile.clear();
        rawDebug.clear();
        long cpu0 = os.getProcessCpuTime();
        long bare0 = bare.cpuNanos();
        long wall0 = System.nanoTime();
        System.err.println("tiles bench: measuring " + seconds + " s, " + tiles.size() + " tiles at 1 s, "
                + shared.size() + " queries per refresh");
        Thread.sleep(seconds * 1000L);
        long wall = System.nanoTime() - wall0;
        long bareCpu = bare.cpuNanos() - bare0;
        double cpuPct = (os.getProcessCpuTime() - cpu0 - bareCpu) / (double) wall * 100;
        double loadAfter = os.getSystemLoadAverage();
        rawTimer.shutdownNow();
        BenchSupport.onFx(() -> {
            meter.recording(false);
            model.close();
        });
        bare.close();
        io.shutdownNow();
        if (DEBUG) {
            meter.debugRows.forEach(System.err::println);
            rawDebug.forEach(System.err::println);
        }
        timer.shutdownNow();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("services", SERVICES);
        figures.put("tiles", tiles.size());
        figures.put("queries_per_refresh", shared.size());
        figures.put("seconds", seconds);
        figures.put("refreshes", meter.refreshMillis.size());
        figures.put("fx_ms_p99", p(meter.fxMillis, 99));
        figures.put("fx_ms_p50", p(meter.fxMillis, 50));
        figures.put("fx_cpu_ms_p99", p(meter.fxCpuMillis, 99));
        figures.put("fx_cpu_ms_p50", p(meter.fxCpuMillis, 50));
        figures.put("apply_ms_p99", p(meter.applyMillis, 99));
        figures.put("apply_ms_p50", p(meter.applyMillis, 50));
        figures.put("pulses_per_refresh_p50", p(meter.pulsesPerRefresh, 50));
        figures.put("refresh_p95_ms", p(meter.refreshMillis, 95));
        figures.put("refresh_p50_ms", p(meter.refreshMillis, 50));
        figures.put("applied_p50_ms", p(meter.appliedMillis, 50));
        figures.put("paint_p50_ms", p(meter.paintMillis, 50));
        figures.put("applied_p95_ms", p(meter.appliedMillis, 95));
        figures.put("answered_p50_ms", p(meter.answeredMillis, 50));
        figures.put("answered_p95_ms", p(meter.answeredMillis, 95));
        figures.put("hop_p50_ms", p(meter.hopMillis, 50));
        figures.put("hop_p95_ms", p(meter.hopMillis, 95));
        figures.put("raw_query_p95_ms", p(rawShared, 95));
        figures.put("raw_query_p50_ms", p(rawShared, 50));
        figures.put("raw_per_tile_p95_ms", p(rawPerTile, 95));
        figures.put("raw_per_tile_p50_ms", p(rawPerTile, 50));
        figures.put("cpu_pct", BenchSupport.round(cpuPct, 2));
        figures.put("bare_client_cpu_pct", BenchSupport.round(bareCpu / (double) wall * 100, 2));
        figures.put("load_avg_before", BenchSupport.round(loadBefore, 2));
        figures.put("load_avg_after", BenchSupport.round(loadAfter, 2));
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        return figures;
    }

    private static final boolean DEBUG = System.getenv("VIGIL_BENCH_DEBUG") != null;
    private static final List<String> rawDebug = new CopyOnWriteArrayList<>();

    private static void rawRound(BareClient bare, List<String> queries, Duration history, Duration step, List<Double> out) {
        try {
            long at = System.nanoTime();
            double ms = bare.round(queries, history, step);
            out.add(ms);
            if (DEBUG) {
                rawDebug.add(String.format(Locale.ROOT, "raw %d at %d ms: %.1f", queries.size(), at / 1_000_000 % 100_000, ms));
            }
        } catch (Exception e) {
            System.err.println("tiles bench: bare round failed: " + e);
        }
    }

    private static double p(List<Double> values, int percentile) {
        synchronized (values) {
            return values.isEmpty() ? Double.NaN : BenchSupport.round(PulseMeter.percentile(values, percentile), 2);
        }
    }
}
