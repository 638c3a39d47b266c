package dev.vigil.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCommandsTest {

    static final String CSV = """
            incident_id,service,severity,title,event,at
            INC-1,checkout,SEV1,Checkout down,impact_started,2026-03-01T09:50:00Z
            INC-1,checkout,SEV1,Checkout down,detected,2026-03-01T10:00:00Z
            INC-1,checkout,SEV1,Checkout down,acknowledged,2026-03-01T10:04:00Z
            INC-1,checkout,SEV1,Checkout down,resolved,2026-03-01T10:30:00Z
            INC-2,search,SEV3,Slow search,detected,2026-03-01T12:00:00Z
            INC-2,search,SEV3,Slow search,acknowledged,2026-03-01T12:30:00Z
            BAD,search,SEV3,Broken,resolved,2026-03-01T11:00:00Z
            BAD,search,SEV3,Broken,detected,2026-03-01T12:00:00Z
            """;

    @TempDir
    Path home;

    private Path csv() throws Exception {
        return Files.writeString(home.resolve("incidents.csv"), CSV);
    }

    @Test
    void importStoresGoodIncidentsListsRejectionsAndExitsNonZero() throws Exception {
        CliRun r = CliRun.run(home, "import", csv().toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("imported 2 incidents (6 events), 1 rejected\n");
        assertThat(r.errLines()).containsExactly("vigil import: incidents.csv line 8: incident BAD: "
                + "resolved at 2026-03-01T11:00:00Z is before detected at 2026-03-01T12:00:00Z");
        assertThat(home.resolve("data/incidents.db")).exists();
    }

    @Test
    void importingTwiceStoresNothingNew() throws Exception {
        Path good = Files.writeString(home.resolve("good.csv"), CSV.lines().limit(7).reduce("", (a, b) -> a + b + "\n"));
        CliRun.run(home, "import", good.toString());

        CliRun again = CliRun.run(home, "import", good.toString());

        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEqualTo("imported 0 incidents (0 events), 2 already present\n");
    }

    @Test
    void aPdfReportIsWrittenToTheNamedFile() throws Exception {
        CliRun.run(home, "import", csv().toString());
        Path pdf = home.resolve("out.pdf");

        CliRun r = CliRun.run(home, "report", "--from", "2026-03-01T00:00:00Z", "--to", "2026-03-02", "--format", "pdf",
                "--output", pdf.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aPdfReportWithoutAnOutputFileIsRefused() throws Exception {
        CliRun.run(home, "import", csv().toString());

        CliRun r = CliRun.run(home, "report", "--from", "2026-03-01T00:00:00Z", "--to", "2026-03-02", "--format", "pdf");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("--format pdf needs --output FILE");
    }

    @Test
    void reportPrintsTheSpecsJson() throws Exception {
        CliRun.run(home, "import", csv().toString());

        CliRun r = CliRun.run(home, "report", "--from", "2026-03-01T00:00:00Z", "--to", "2026-03-02");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("incidents").asInt()).isEqualTo(2);
        assertThat(json.get("mttr").get("mean").asDouble()).isEqualTo(2400.0);
        assertThat(json.get("services").get("checkout").get("downtime").asDouble()).isEqualTo(2400.0);
        assertThat(json.get("sla").get("met").asInt()).isEqualTo(1);
        assertThat(json.get("by_severity").has("SEV3")).isTrue();
    }

    @Test
    void reportFiltersBySeverityAndService() throws Exception {
        CliRun.run(home, "import", csv().toString());

        CliRun r = CliRun.run(home, "report", "--from", "2026-03-01", "--to", "2026-03-02", "--severity", "SEV3",
                "--service", "checkout", "--service", "search");

        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("incidents").asInt()).isEqualTo(1);
        assertThat(json.get("services").get("checkout").get("downtime").asDouble()).isEqualTo(2400.0);
    }

    @Test
    void drillIncidentsCountOnlyWithIncludeDrills() throws Exception {
        CliRun.run(home, "import", csv().toString());
        try (var store = dev.vigil.incidents.store.JdbcIncidentStore.open(
                dev.vigil.incidents.store.StoreLocation.sqliteFile(home.resolve("data/incidents.db")))) {
            store.addTag("INC-1", dev.vigil.incidents.Incident.DRILL_TAG);
        }

        JsonNode real = new ObjectMapper().readTree(CliRun.run(home, "report", "--from", "2026-03-01", "--to", "2026-03-02").out());
        JsonNode all = new ObjectMapper().readTree(
                CliRun.run(home, "report", "--from", "2026-03-01", "--to", "2026-03-02", "--include-drills").out());

        assertThat(real.get("incidents").asInt()).isEqualTo(1);
        assertThat(real.get("services").has("checkout")).as("a drill-only service is not in the report").isFalse();
        assertThat(all.get("incidents").asInt()).isEqualTo(2);
        assertThat(all.get("services").get("checkout").get("downtime").asDouble()).isEqualTo(2400.0);
    }

    @Test
    void reportAsTextIsATableAndAsCsvOneFigureARow() throws Exception {
        CliRun.run(home, "import", csv().toString());

        CliRun text = CliRun.run(home, "report", "--from", "2026-03-01", "--to", "2026-03-02", "--format", "text");
        CliRun csv = CliRun.run(home, "report", "--from", "2026-03-01", "--to", "2026-03-02", "--format=csv");

        assertThat(text.out()).contains("time to recover").containsPattern("checkout +97\\.222%");
        assertThat(csv.out()).startsWith("scope,name,figure,value\n").contains("service,checkout,failures,1\n");
    }

    @Test
    void exportRoundTripsThroughImport() throws Exception {
        CliRun.run(home, "import", csv().toString());
        CliRun before = CliRun.run(home, "report", "--from", "2026-03-01", "--to", "2026-03-02");
        CliRun exported = CliRun.run(home, "export", "--from", "2026-03-01", "--to", "2026-03-02");
        Path file = Files.writeString(home.resolve("export.csv"), exported.out());
        Path other = home.resolve("other.db");

        CliRun imported = CliRun.run(home, "import", file.toString(), "--db", other.toString());
        CliRun after = CliRun.run(home, "report", "--from", "2026-03-01", "--to", "2026-03-02", "--db", other.toString());

        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).isEqualTo("imported 2 incidents (6 events)\n");
        assertThat(after.out()).isEqualTo(before.out());
    }

    @Test
    void exportAsJsonImportsBackToo() throws Exception {
        CliRun.run(home, "import", csv().toString());
        CliRun exported = CliRun.run(home, "export", "--from", "2026-03-01", "--to", "2026-03-02", "--format", "json");
        Path file = Files.writeString(home.resolve("export.json"), exported.out());

        CliRun imported = CliRun.run(home, "import", file.toString(), "--db", "jdbc:sqlite:" + home.resolve("j.db"));

        assertThat(imported.out()).isEqualTo("imported 2 incidents (6 events)\n");
    }
}
