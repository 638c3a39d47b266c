package dev.vigil.environments;

import dev.vigil.incidents.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistsTest {

    @TempDir
    Path dir;

    @Test
    void checklistsAreReadPerSeverity() {
        LoadResult r = EnvironmentsFile.parse(dir.resolve("e.yaml"), """
                checklists:
                  SEV1: ["Page the database on-call", "Post in #status"]
                  sev2: [Open a bridge]
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.config().checklist(Severity.SEV1)).containsExactly("Page the database on-call", "Post in #status");
        assertThat(r.config().checklist(Severity.SEV2)).containsExactly("Open a bridge");
        assertThat(r.config().checklist(Severity.SEV4)).isEmpty();
    }

    @Test
    void aBadSeverityKeyIsReportedOnItsLineAndTheOthersKept() {
        LoadResult r = EnvironmentsFile.parse(dir.resolve("e.yaml"), """
                checklists:
                  SEV1: [Page the database on-call]
                  SEV9: [Nothing]
                """);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("SEV9");
        });
        assertThat(r.config().checklist(Severity.SEV1)).hasSize(1);
    }

    @Test
    void checklistsSurviveASaveFromTheSettingsView() throws Exception {
        Path file = dir.resolve("environments.yaml");
        EnvironmentsConfig config = new EnvironmentsConfig(List.of(), null, null, ReliabilitySettings.DEFAULTS,
                Map.of(Severity.SEV1, List.of("Page the database on-call")));
        EnvironmentsFile.save(file, config.withEnvironments(List.of(Environment.builtInDemo().withName("qa"))));
        assertThat(EnvironmentsFile.load(file).config().checklist(Severity.SEV1)).containsExactly("Page the database on-call");
    }
}
