package dev.vigil.bench;

import dev.vigil.connectors.credentials.CredentialResolver;
import dev.vigil.connectors.prometheus.PromClientSettings;
import dev.vigil.connectors.prometheus.PromQueryClient;
import dev.vigil.connectors.prometheus.PrometheusMetricsSource;
import dev.vigil.connectors.prometheus.PrometheusSources;
import dev.vigil.connectors.prometheus.QueryListener;
import dev.vigil.connectors.prometheus.TileSpec;
import dev.vigil.environments.Endpoint;
import dev.vigil.environments.Environment;
import dev.vigil.environments.ServiceSpec;
import dev.vigil.environments.Tier;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.Pinboard;
import dev.vigil.views.metrics.MetricsView;
import dev.vigil.views.metrics.MetricsViewModel;
import dev.vigil.views.metrics.RefreshInterval;
import dev.vigil.views.metrics.RefreshTiming;
import dev.vigil.views.shell.ShellView;
import dev.vigil.views.shell.Theme;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./vigil bench tiles [SECONDS]}: 8 services × 6 tiles at a 1 s refresh against the real
 * Prometheus for 60 s (by default). The Prometheus and the 8 test services run in a child process, so
 * {@code cpu_pct} is Vigil's own (plus the small bare client below).
 *
 * <ul>
 *   <li>{@code fx_ms_p99}: FX-thread time per refresh: applying the round's answers plus the CSS and
 *       layout pass of the pulse that shows them.</li>
 *   <li>{@code fx_cpu_ms_*}: the same span in CPU time of the FX thread, which a busy machine does not
 *       inflate (wall time includes waiting for a core).</li>
 *   <li>{@code refresh_p95_ms}: the round's queries going out → that pulse done.</li>
 *   <li>{@code raw_query_p95_ms}: the same round of queries (the same 48 PromQL range queries, all at
 *       once) sent by a bare {@code HttpClient} half a second after each refresh, start → last answer.</li>
 *   <li>{@code cpu_pct}: CPU time of this process over the run, in % of one core.</li>
 * </ul>
 */
public final class TilesBench implements Benchmark {

    private static final int SERVICES = 8;

    @Override
    public Map<String, Object> run(List<String> args) throws Exception {
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

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ExecutorService io = Executors.newFixedThreadPool(4);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        List<Double> fxMillis = new CopyOnWriteArrayList<>();
        List<Double> applyMillis = new CopyOnWriteArrayList<>();
        List<Double> fxCpuMillis = new CopyOnWriteArrayList<>();
        var threads = ManagementFactory.getThreadMXBean();
        List<Double> refreshMillis = new CopyOnWriteArrayList<>();
        List<Double> rawMillis = new CopyOnWriteArrayList<>();
        MetricsViewModel[] model = new MetricsViewModel[1];
        Stage[] stage = new Stage[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(Theme.DARK.userAgentStylesheet());
            model[0] = new MetricsViewModel(new SimpleObjectProperty<>(env), new PrometheusSources(CredentialResolver.NONE,
                    PromClientSettings.DEFAULTS, QueryListener.NONE), io, FxThread.executor(), timer, Clock.systemUTC(), new NoIncident());
            Scene scene = new Scene(new MetricsView(model[0], new SimpleObjectProperty<>(Theme.DARK)), 1000, 1000);
            for (String sheet : ShellView.STYLESHEETS) {
                scene.getStylesheets().add(Objects.requireNonNull(ShellView.class.getResource(sheet)).toExternalForm());
            }
            RefreshTiming[] pending = new RefreshTiming[1];
            long[] pulseStart = new long[1];
            long[] pulseCpuStart = new long[1];
            model[0].lastRefreshProperty().addListener((obs, o, t) -> pending[0] = t);
            scene.addPreLayoutPulseListener(() -> {
                pulseStart[0] = System.nanoTime();
                pulseCpuStart[0] = threads.getCurrentThreadCpuTime();
            });
            scene.addPostLayoutPulseListener(() -> {
                RefreshTiming t = pending[0];
                if (t != null) {
                    long now = System.nanoTime();
                    fxMillis.add(t.applyMillis() + (now - Math.max(pulseStart[0], t.applyEndNanos())) / 1e6);
                    applyMillis.add(t.applyMillis());
                    fxCpuMillis.add((t.applyCpuNanos() + threads.getCurrentThreadCpuTime() - pulseCpuStart[0]) / 1e6);
                    refreshMillis.add((now - t.startedNanos()) / 1e6);
                    pending[0] = null;
                }
            });
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            model[0].intervalProperty().set(RefreshInterval.ONE_SECOND);
            shown.countDown();
        });
        shown.await();

        HttpClient raw = HttpClient.newHttpClient();
        ScheduledExecutorService rawTimer = Executors.newSingleThreadScheduledExecutor();
        rawTimer.scheduleAtFixedRate(() -> rawRound(raw, url, tiles, rawMillis), 1500, 1000, TimeUnit.MILLISECONDS);

        System.err.println("tiles bench: warming up 5 s");
        Thread.sleep(5_000);
        fxMillis.clear();
        applyMillis.clear();
        fxCpuMillis.clear();
        refreshMillis.clear();
        rawMillis.clear();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        System.err.println("tiles bench: measuring " + seconds + " s, " + tiles.size() + " tiles at 1 s");
        Thread.sleep(seconds * 1000L);
        double cpuPct = (os.getProcessCpuTime() - cpu0) / (double) (System.nanoTime() - wall0) * 100;
        rawTimer.shutdownNow();
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            model[0].close();
            stage[0].close();
            closed.countDown();
        });
        closed.await();
        io.shutdownNow();
        timer.shutdownNow();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("services", SERVICES);
        figures.put("tiles", tiles.size());
        figures.put("seconds", seconds);
        figures.put("refreshes", refreshMillis.size());
        figures.put("fx_ms_p99", round(percentile(fxMillis, 99)));
        figures.put("fx_ms_p50", round(percentile(fxMillis, 50)));
        figures.put("fx_cpu_ms_p99", round(percentile(fxCpuMillis, 99)));
        figures.put("fx_cpu_ms_p50", round(percentile(fxCpuMillis, 50)));
        figures.put("apply_ms_p99", round(percentile(applyMillis, 99)));
        figures.put("apply_ms_p50", round(percentile(applyMillis, 50)));
        figures.put("refresh_p95_ms", round(percentile(refreshMillis, 95)));
        figures.put("refresh_p50_ms", round(percentile(refreshMillis, 50)));
        figures.put("raw_query_p95_ms", round(percentile(rawMillis, 95)));
        figures.put("raw_query_p50_ms", round(percentile(rawMillis, 50)));
        figures.put("cpu_pct", round(cpuPct));
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        return figures;
    }

    /** The tiles' range queries for one refresh, all at once, no limiter, no parsing beyond the status. */
    private static void rawRound(HttpClient http, URI url, List<TileSpec> tiles, List<Double> out) {
        Instant now = Instant.now();
        Duration history = RefreshInterval.ONE_SECOND.sparklineHistory();
        String range = "&start=" + (now.minus(history).toEpochMilli() / 1000.0) + "&end=" + (now.toEpochMilli() / 1000.0)
                + "&step=" + history.dividedBy(60).toSeconds();
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (TileSpec t : tiles) {
            String body = "query=" + URLEncoder.encode(t.query(), StandardCharsets.UTF_8) + range;
            calls.add(http.sendAsync(HttpRequest.newBuilder(url.resolve("/api/v1/query_range"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        try {
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            out.add((System.nanoTime() - start) / 1e6);
        } catch (Exception e) {
            System.err.println("tiles bench: raw round failed: " + e);
        }
    }

    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.2f", v));
    }

    /** The benchmark pins nothing. */
    private static final class NoIncident implements Pinboard {
        private final ReadOnlyObjectWrapper<ActiveIncident> none = new ReadOnlyObjectWrapper<>();

        @Override
        public javafx.beans.property.ReadOnlyObjectProperty<ActiveIncident> activeIncidentProperty() {
            return none.getReadOnlyProperty();
        }

        @Override
        public void pin(dev.vigil.views.common.EvidenceDraft evidence, java.util.function.Consumer<ActiveIncident> onPinned,
                        java.util.function.Consumer<Throwable> onError) {
            onError.accept(new IllegalStateException("the benchmark has no incident"));
        }
    }
}
