package dev.vigil.bench;

import dev.vigil.connectors.alerting.AlertmanagerSource;
import dev.vigil.connectors.alerting.LocalAlertmanager;
import dev.vigil.environments.AlertProvider;
import dev.vigil.environments.AlertingSettings;
import dev.vigil.environments.Endpoint;
import dev.vigil.environments.Environment;
import dev.vigil.environments.Tier;
import dev.vigil.views.alerts.AlertActionsViewModel;
import dev.vigil.views.alerts.AlertDetailViewModel;
import dev.vigil.views.alerts.AlertsView;
import dev.vigil.views.alerts.AlertsViewModel;
import dev.vigil.views.alerts.StatusFilter;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.IncidentDeclarer;
import dev.vigil.views.common.UiFirst;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static dev.vigil.bench.BenchSupport.*;

/**
 * The Alerts section against a real Alertmanager holding many alerts: how long from the first poll
 * to the whole list in the table (against a bare HTTP fetch of the same list), how long a poll takes
 * to reach the table once loaded, and the FX pulse while alerts change state at a steady rate.
 * Options: {@code --alerts N --seconds N --rate N} (changes per second).
 */
public final class AlertsBench implements Benchmark {

    private static final String LIST = "/api/v2/alerts?active=true&silenced=true&inhibited=true&unprocessed=true";

    @Override
    public Map<String, Object> run(List<String> args) throws Exception {
        int alerts = option(args, "--alerts", 5_000);
        int seconds = option(args, "--seconds", 30);
        int rate = option(args, "--rate", 200);
        quietLogs();
        try (LocalAlertmanager am = LocalAlertmanager.start()) {
            System.err.printf("alerts bench: posting %,d alerts to Alertmanager at %s%n", alerts, am.url());
            Instant start = Instant.now().minus(Duration.ofMinutes(30));
            List<LocalAlertmanager.Posted> all = new ArrayList<>();
            for (int i = 0; i < alerts; i++) {
                all.add(alert(i, start, 0, null));
            }
            for (int from = 0; from < alerts; from += 500) {
                am.post(all.subList(from, Math.min(alerts, from + 500)));
            }
            HttpClient http = HttpClient.newHttpClient();
            List<Double> bare = new ArrayList<>();
            int bytes = 0;
            for (int k = 0; k < 6; k++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(am.url() + LIST)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - t0) / 1e6;
                bytes = r.body().length();
                if (k > 0) {
                    bare.add(ms);
                }
            }
            System.err.printf("alerts bench: a bare GET of the list takes %.1f ms (%,d bytes)%n", PulseMeter.percentile(bare, 50), bytes);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("alerts", alerts);
            figures.put("bare_fetch_ms", round(PulseMeter.percentile(bare, 50), 1));
            figures.put("list_bytes", bytes);
            figures.putAll(measureConsole(am, all, start, seconds, rate));
            figures.put("load_avg_1m", loadAverage());
            return figures;
        }
    }

    private static LocalAlertmanager.Posted alert(int i, Instant start, int generation, Instant endsAt) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alertname", "BenchAlert" + (i % 40));
        labels.put("service", "service-" + (i % 12));
        labels.put("severity", List.of("critical", "high", "warning", "info").get(i % 4));
        labels.put("instance", "host-" + i);
        return new LocalAlertmanager.Posted(labels, Map.of("summary", "Bench alert " + i + " on host-" + i,
                "value", String.valueOf(generation)), start.plusSeconds(i % 1_800), endsAt);
    }

    private Map<String, Object> measureConsole(LocalAlertmanager am, List<LocalAlertmanager.Posted> all, Instant start,
                                               int seconds, int rate) throws Exception {
        Platform.startup(() -> { });
        // The console lowers its background threads (views.common.UiFirst): measure it so.
        UiFirst.start();
        ExecutorService io = Executors.newFixedThreadPool(4);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        PulseMeter meter = new PulseMeter();
        int n = all.size();
        CompletableFuture<Long> loaded = new CompletableFuture<>();
        Environment env = new Environment("bench", Tier.INTEGRATION, false, null, null, null,
                new AlertingSettings(AlertProvider.ALERTMANAGER, new Endpoint(am.url(), null)), List.of());
        AlertsViewModel[] holder = new AlertsViewModel[1];
        long[] opened = new long[1];
        List<Long> polls = new java.util.concurrent.CopyOnWriteArrayList<>();
        onFx(() -> {
            meter.install();
            var fx = meter.timed(FxThread.executor());
            SimpleObjectProperty<Environment> active = new SimpleObjectProperty<>();
            // A 1 s poll (the console polls every 10 s) so the churn reaches the table every second.
            AlertsViewModel vm = new AlertsViewModel(active, e -> {
                opened[0] = System.nanoTime();
                return new AlertmanagerSource(e.alerting().endpoint().url(), null, null, timer, io, Clock.systemUTC(),
                        Duration.ofSeconds(1));
            }, fx, timer, Clock.systemUTC(), h -> { });
            holder[0] = vm;
            vm.statusFilterProperty().set(StatusFilter.ALL);
            AlertDetailViewModel detail = new AlertDetailViewModel(vm, io, fx);
            AlertActionsViewModel actions = new AlertActionsViewModel(vm, detail, new NoPinboard(), text -> false,
                    IncidentDeclarer.NONE, "bench", io, fx);
            AlertsView view = new AlertsView(vm, detail, actions, link -> { });
            showInWindow(view, 1280, 900);
            vm.alerts().addListener((ListChangeListener<Object>) c -> {
                if (vm.alerts().size() >= n && !loaded.isDone()) {
                    loaded.complete(System.nanoTime());
                }
            });
            vm.feedProperty().addListener((o, a, f) -> polls.add(System.nanoTime()));
            active.set(env);
        });
        long shownAt = loaded.get(2, TimeUnit.MINUTES);
        double firstList = (shownAt - opened[0]) / 1e9;
        System.err.printf("alerts bench: the table shows %,d alerts %.2f s after the source opened%n", n, firstList);
        Thread.sleep(1_500);

        // Poll → table once loaded: each feed update lands after the snapshot it reports was applied.
        List<Double> pollToTable = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            int before = polls.size();
            long t0 = System.nanoTime();
            onFx(() -> holder[0].refresh());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (polls.size() == before && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            if (polls.size() > before) {
                pollToTable.add((polls.get(before) - t0) / 1e6);
            }
            Thread.sleep(300);
        }

        System.err.printf("alerts bench: %d alert changes/s for %d s%n", rate, seconds);
        meter.recording(true);
        Random random = new Random(7);
        int[] generation = new int[n];
        boolean[] resolved = new boolean[n];
        long changes = 0;
        long churnStart = System.nanoTime();
        int batch = Math.max(1, rate / 10);
        for (int tick = 0; tick < seconds * 10; tick++) {
            long due = churnStart + tick * 100_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            List<LocalAlertmanager.Posted> posted = new ArrayList<>(batch);
            for (int j = 0; j < batch; j++) {
                int i = random.nextInt(n);
                // Most changes re-fire with a new value; one in ten resolves the alert or brings it back.
                if (random.nextInt(10) == 0) {
                    resolved[i] = !resolved[i];
                }
                posted.add(alert(i, start, ++generation[i], resolved[i] ? Instant.now().minusSeconds(1) : null));
            }
            am.post(posted);
            changes += posted.size();
        }
        double churnSeconds = (System.nanoTime() - churnStart) / 1e9;
        Thread.sleep(1_500);
        meter.recording(false);

        int shown = onFxGet(() -> holder[0].allAlerts().size());
        long heap = usedHeapAfterGc();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("first_list_s", round(firstList, 2));
        figures.put("poll_to_table_ms", round(PulseMeter.percentile(pollToTable, 50), 1));
        figures.put("churn_s", round(churnSeconds, 1));
        figures.put("changes_per_s", round(changes / churnSeconds, 0));
        meter.putFigures(figures);
        figures.put("rows_after_churn", shown);
        figures.put("heap_mb", Math.round(heap / 1024.0 / 1024.0));
        onFx(() -> holder[0].close());
        io.shutdownNow();
        timer.shutdownNow();
        return figures;
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (Exception e) {
            return -1;
        }
    }
}
