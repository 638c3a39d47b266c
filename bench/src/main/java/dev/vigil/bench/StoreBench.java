package dev.vigil.bench;

import dev.vigil.environments.ReliabilitySettings;
import dev.vigil.incidents.io.IncidentImporter;
import dev.vigil.incidents.metrics.ReliabilityReport;
import dev.vigil.incidents.metrics.ReportCalculator;
import dev.vigil.incidents.metrics.ReportFilter;
import dev.vigil.incidents.metrics.ReportWindow;
import dev.vigil.incidents.report.ReliabilityReporter;
import dev.vigil.incidents.report.ReportJson;
import dev.vigil.incidents.store.IncidentStore;
import dev.vigil.incidents.store.JdbcIncidentStore;
import dev.vigil.incidents.store.StoreLocation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./vigil bench store [--incidents N]}: imports a generated history (100k incidents, ≈600k events)
 * through the CLI's import path into SQLite and into an embedded PostgreSQL, then times a 90-day report on
 * each (warm, median of several runs) and checks both stores give the same report.
 */
public final class StoreBench implements Benchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 9;

    @Override
    public Map<String, Object> run(List<String> args) throws Exception {
        int incidents = args.size() >= 2 && args.getFirst().equals("--incidents") ? Integer.parseInt(args.get(1)) : 100_000;
        Path dir = Files.createTempDirectory("vigil-store-bench");
        Map<String, Object> figures = new LinkedHashMap<>();
        try {
            Path csv = dir.resolve("incidents.csv");
            long rows = IncidentDataSet.write(csv, incidents, 2026);
            System.err.printf("store bench: %d incidents, %d events written to %s%n", incidents, rows, csv);
            figures.put("incidents", incidents);
            figures.put("events", rows);
            figures.put("services", IncidentDataSet.SERVICES.length);
            ReportWindow window = new ReportWindow(IncidentDataSet.END.minus(Duration.ofDays(90)), IncidentDataSet.END);
            String sqliteReport;
            try (IncidentStore store = JdbcIncidentStore.open(StoreLocation.sqliteFile(dir.resolve("bench.db")))) {
                double perSecond = timedImport(store, csv, rows);
                figures.put("import_events_per_s", Math.round(perSecond));
                Timed t = timedReport(store, window);
                figures.put("report_ms", t.medianMs);
                figures.put("report_incidents", t.report.incidents());
                sqliteReport = ReportJson.write(t.report);
            }
            try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
                StoreLocation location = new StoreLocation(pg.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
                try (IncidentStore store = JdbcIncidentStore.open(location)) {
                    figures.put("import_events_per_s_pg", Math.round(timedImport(store, csv, rows)));
                    Timed t = timedReport(store, window);
                    figures.put("report_ms_pg", t.medianMs);
                    figures.put("reports_match", sqliteReport.equals(ReportJson.write(t.report)));
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return figures;
    }

    private static double timedImport(IncidentStore store, Path csv, long rows) throws Exception {
        long t0 = System.nanoTime();
        IncidentImporter.Result result = new IncidentImporter(store, IncidentImporter.DEFAULT_BATCH).importFile(csv);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!result.rejections().isEmpty() || result.stored().eventsStored() != rows) {
            throw new IllegalStateException("import stored " + result.stored() + " with " + result.rejections().size()
                    + " rejections; expected " + rows + " events");
        }
        System.err.printf("store bench: imported %d events in %.2f s%n", rows, seconds);
        return rows / seconds;
    }

    private record Timed(double medianMs, ReliabilityReport report) {
    }

    private static Timed timedReport(IncidentStore store, ReportWindow window) {
        ReliabilityReporter reporter = new ReliabilityReporter(store,
                new ReportCalculator(ReliabilitySettings.DEFAULTS, Map.of()));
        ReliabilityReport report = null;
        for (int i = 0; i < WARMUP; i++) {
            report = reporter.report(window, ReportFilter.NONE);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            report = reporter.report(window, ReportFilter.NONE);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = Math.round(ms[RUNS / 2] * 10) / 10.0;
        System.err.printf("store bench: 90-day report over %d incidents: median %.1f ms (runs %s)%n",
                report.incidents(), median, Arrays.toString(ms));
        return new Timed(median, report);
    }
}
