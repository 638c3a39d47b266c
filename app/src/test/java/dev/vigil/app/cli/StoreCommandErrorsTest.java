package dev.vigil.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error a user can make: one clear line on stderr, nothing on stdout, a non-zero exit. */
class StoreCommandErrorsTest {

    @TempDir
    Path home;

    private void assertOneLine(CliRun r, int exit, String line) {
        assertThat(r.exit()).isEqualTo(exit);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(line);
    }

    @Test
    void badDateIsRefused() throws Exception {
        assertOneLine(CliRun.run(home, "report", "--from", "yesterday", "--to", "2026-03-02"), 2,
                "vigil report: bad --from 'yesterday': expected an ISO-8601 date or instant, e.g. 2026-03-01 or 2026-03-01T10:00:00Z");
    }

    @Test
    void fromNotBeforeToIsRefused() throws Exception {
        assertOneLine(CliRun.run(home, "report", "--from", "2026-03-02", "--to", "2026-03-02"), 2,
                "vigil report: --from (2026-03-02T00:00:00Z) must be before --to (2026-03-02T00:00:00Z)");
    }

    @Test
    void missingToIsRefused() throws Exception {
        assertOneLine(CliRun.run(home, "export", "--from", "2026-03-01"), 2, "vigil export: --to is required");
    }

    @Test
    void unknownOptionIsRefused() throws Exception {
        assertOneLine(CliRun.run(home, "report", "--from", "2026-03-01", "--to", "2026-03-02", "--include-outages", "yes"), 2,
                "vigil report: unknown option --include-outages");
    }

    @Test
    void aSwitchGivenAValueIsRefused() throws Exception {
        assertOneLine(CliRun.run(home, "report", "--from", "2026-03-01", "--to", "2026-03-02", "--include-drills", "yes"), 2,
                "vigil report: unexpected argument 'yes'");
    }

    @Test
    void unknownSeverityAndFormatAreRefused() throws Exception {
        assertOneLine(CliRun.run(home, "report", "--from", "2026-03-01", "--to", "2026-03-02", "--severity", "SEV7"), 2,
                "vigil report: unknown severity 'SEV7' (expected SEV1..SEV4)");
        assertOneLine(CliRun.run(home, "report", "--from", "2026-03-01", "--to", "2026-03-02", "--format", "xml"), 2,
                "vigil report: unknown format 'xml' (expected json, csv, text or pdf)");
    }

    @Test
    void unreadableFileIsRefused() throws Exception {
        assertOneLine(CliRun.run(home, "import", home.resolve("nope.csv").toString()), 2,
                "vigil import: cannot read " + home.resolve("nope.csv") + ": no such file");
    }

    @Test
    void fileWithoutTheHeaderIsRefused() throws Exception {
        Path f = Files.writeString(home.resolve("x.csv"), "a,b\n1,2\n");
        CliRun r = CliRun.run(home, "import", f.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("vigil import: " + f + ": line 1: the header lacks");
    }

    @Test
    void reportOnAMissingStoreFileSaysSo() throws Exception {
        Path db = home.resolve("typo.db");
        assertOneLine(CliRun.run(home, "report", "--from", "2026-03-01", "--to", "2026-03-02", "--db", db.toString()), 3,
                "vigil report: no incident store at " + db + " (import incidents first, or pass --db)");
        assertThat(db).doesNotExist();
    }

    @Test
    void unreachableDatabaseIsOneLine() throws Exception {
        CliRun r = CliRun.run(home, "report", "--from", "2026-03-01", "--to", "2026-03-02",
                "--db", "jdbc:postgresql://127.0.0.1:1/vigil?connectTimeout=2");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("vigil report: cannot open incident store jdbc:postgresql://127.0.0.1:1/vigil");
    }

    @Test
    void unsupportedUrlIsRefused() throws Exception {
        CliRun r = CliRun.run(home, "export", "--from", "2026-03-01", "--to", "2026-03-02", "--db", "jdbc:mysql://x/y");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("vigil export: unsupported store URL");
    }
}
