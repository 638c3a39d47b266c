package dev.vigil.incidents.io;

import dev.vigil.environments.ReliabilitySettings;
import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.TimelineEvent;
import dev.vigil.incidents.metrics.ReportCalculator;
import dev.vigil.incidents.metrics.ReportFilter;
import dev.vigil.incidents.metrics.ReportWindow;
import dev.vigil.incidents.report.ReliabilityReporter;
import dev.vigil.incidents.report.ReportJson;
import dev.vigil.incidents.store.ExportedIncident;
import dev.vigil.incidents.store.IncidentStore;
import dev.vigil.incidents.store.JdbcIncidentStore;
import dev.vigil.incidents.store.NewEvent;
import dev.vigil.incidents.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExportRoundTripTest {

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-02T00:00:00Z");
    private static final String CSV = """
            incident_id,service,severity,title,event,at
            A,checkout,SEV1,"Checkout down, card errors",impact_started,2026-03-01T09:55:00Z
            A,checkout,SEV1,"Checkout down, card errors",detected,2026-03-01T10:00:00Z
            A,checkout,SEV1,"Checkout down, card errors",acknowledged,2026-03-01T10:03:00Z
            A,checkout,SEV1,"Checkout down, card errors",resolved,2026-03-01T11:00:00Z
            A,checkout,SEV1,"Checkout down, card errors",reopened,2026-03-01T11:00:00Z
            A,checkout,SEV1,"Checkout down, card errors",resolved,2026-03-01T11:30:00Z
            B,search,SEV3,Slow search,detected,2026-03-01T12:00:00Z
            B,search,SEV3,Slow search,contained,2026-03-01T12:20:00Z
            """;

    @TempDir
    Path dir;

    @Test
    void csvExportImportsBackToTheSameTimelinesAndReport() throws Exception {
        try (IncidentStore original = seeded("original.db"); IncidentStore copy = store("copy.db")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            IncidentCsvWriter.write(original.export(FROM, TO), new PrintStream(out, true, StandardCharsets.UTF_8));
            Path file = Files.write(dir.resolve("export.csv"), out.toByteArray());

            IncidentImporter.Result result = new IncidentImporter(copy, 10).importFile(file);

            assertThat(result.rejections()).isEmpty();
            assertThat(result.stored().incidentsStored()).isEqualTo(3);
            assertSame(original, copy);
        }
    }

    @Test
    void jsonExportImportsBackToTheSameTimelinesAndReport() throws Exception {
        try (IncidentStore original = seeded("original.db"); IncidentStore copy = store("copy.db")) {
            original.addTag("C", dev.vigil.incidents.Incident.DRILL_TAG);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            IncidentJsonWriter.write(FROM, TO, original.export(FROM, TO), out);
            Path file = Files.write(dir.resolve("export.json"), out.toByteArray());

            IncidentImporter.Result result = new IncidentImporter(copy, 10).importFile(file);

            assertThat(result.rejections()).isEmpty();
            assertSame(original, copy);
            assertThat(copy.find("C").orElseThrow().environment()).isEqualTo("prod");
            assertThat(copy.find("C").orElseThrow().drill()).as("a drill stays a drill").isTrue();
        }
    }

    private IncidentStore store(String name) {
        return JdbcIncidentStore.open(StoreLocation.sqliteFile(dir.resolve(name)));
    }

    private IncidentStore seeded(String name) throws Exception {
        IncidentStore s = store(name);
        Path csv = Files.writeString(dir.resolve("seed.csv"), CSV);
        new IncidentImporter(s, 10).importFile(csv);
        s.declare(new dev.vigil.incidents.store.NewIncident("C", "Login errors", "accounts", dev.vigil.incidents.Severity.SEV2,
                "prod", Instant.parse("2026-03-01T15:00:00Z"), "ana", EventSource.ALERT, List.of()));
        s.append("A", new NewEvent(EventKind.NOTE, Instant.parse("2026-03-01T10:05:00Z"), "ana",
                "rolled back, \"v2\"\nwatching", EventSource.MANUAL));
        return s;
    }

    private static void assertSame(IncidentStore a, IncidentStore b) {
        for (String id : List.of("A", "B", "C")) {
            assertThat(strip(b.timeline(id))).isEqualTo(strip(a.timeline(id)));
        }
        // The CSV format has no environment column; everything else of the incident must survive.
        assertThat(b.export(FROM, TO)).extracting(ExportedIncident::incident)
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("environment")
                .isEqualTo(a.export(FROM, TO).stream().map(ExportedIncident::incident).toList());
        ReportCalculator calc = new ReportCalculator(ReliabilitySettings.DEFAULTS, Map.of());
        ReportWindow w = new ReportWindow(FROM, TO);
        assertThat(ReportJson.write(new ReliabilityReporter(b, calc).report(w, ReportFilter.NONE)))
                .isEqualTo(ReportJson.write(new ReliabilityReporter(a, calc).report(w, ReportFilter.NONE)));
    }

    /** Event ids differ between stores; everything else must survive. */
    private static List<List<Object>> strip(List<TimelineEvent> events) {
        return events.stream().map(e -> List.<Object>of(e.kind(), e.at(), String.valueOf(e.author()),
                String.valueOf(e.text()), e.source())).toList();
    }
}
