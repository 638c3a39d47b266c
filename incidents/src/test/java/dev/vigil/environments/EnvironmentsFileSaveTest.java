package dev.vigil.environments;

import dev.vigil.incidents.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving from the Settings view: what load() reads back, and what survives a failed save. */
class EnvironmentsFileSaveTest {
    @TempDir
    Path dir;

    static EnvironmentsConfig richConfig() {
        Environment production = new Environment("production", Tier.PRODUCTION, false, "prod-eu-1",
                new Endpoint(URI.create("https://prometheus.prod.example.com"), "prom-prod"),
                new LogSettings(new Endpoint(URI.create("https://opensearch.prod.example.com:9200/"), "os-prod"), "logs-prod-*"),
                new AlertingSettings(AlertProvider.OPSGENIE, new Endpoint(URI.create("https://api.eu.opsgenie.com"), "vigil/opsgenie-prod"),
                        "teams:payments AND tag:prod"),
                List.of(new ServiceSpec("checkout", "shop", Map.of("app", "checkout", "version", "2", "on", "yes"),
                                Map.of("requests_per_minute", "sum(rate(http_requests_total{service=\"{service}\"}[1m])) * 60",
                                        "errors", "sum(rate(http_requests_total{service=\"{service}\",code=~\"5..\"}[5m]))"), 0.9995),
                        new ServiceSpec("payments", null, Map.of(), Map.of(), null)));
        Environment qa = new Environment("qa", Tier.QA, false, null,
                new Endpoint(URI.create("http://prometheus.qa:9090"), null), null,
                new AlertingSettings(AlertProvider.ALERTMANAGER, new Endpoint(URI.create("http://alertmanager.qa:9093"), null)), null);
        Environment integration = new Environment("integration", Tier.INTEGRATION, false, "int-1", null,
                new LogSettings(new Endpoint(URI.create("https://logs.int.example.com"), null), "logs-*"), AlertingSettings.NONE, null);
        ReliabilitySettings reliability = new ReliabilitySettings(Set.of(Severity.SEV1, Severity.SEV2, Severity.SEV3),
                Map.of(Severity.SEV1, new ResponseTarget(Duration.ofSeconds(90), Duration.ofHours(2)),
                        Severity.SEV4, new ResponseTarget(Duration.ofMinutes(61), Duration.parse("PT1H30M15S"))), 0.995);
        return new EnvironmentsConfig(List.of(production, qa, integration), "qa",
                "jdbc:postgresql://db.internal:5432/vigil?user=vigil", reliability);
    }

    @Test
    void savedConfigLoadsBackEqual() throws IOException {
        Path file = dir.resolve("environments.yaml");
        EnvironmentsConfig config = richConfig();

        EnvironmentsFile.save(file, config);
        LoadResult loaded = EnvironmentsFile.load(file);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.config()).isEqualTo(config);
    }

    @Test
    void builtInDemoEnvironmentIsNeverWritten() throws IOException {
        Path file = dir.resolve("environments.yaml");
        EnvironmentsConfig config = richConfig();
        List<Environment> withDemo = new java.util.ArrayList<>(config.environments());
        withDemo.add(Environment.builtInDemo());

        EnvironmentsFile.save(file, config.withEnvironments(withDemo));

        assertThat(EnvironmentsFile.load(file).config()).isEqualTo(config);
        assertThat(Files.readString(file)).doesNotContain("name: demo");
    }

    @Test
    void savedFileStartsWithTheHeaderAndLeavesDefaultsOut() throws IOException {
        Path file = dir.resolve("environments.yaml");

        EnvironmentsFile.save(file, EnvironmentsConfig.EMPTY.withEnvironments(List.of(new Environment("qa", Tier.QA, false,
                null, null, null, null, null))));

        assertThat(Files.readString(file)).isEqualTo("""
                # Vigil environments: edited by Vigil's Settings view and by hand (see docs/configuration.md).
                environments:
                  - name: qa
                    tier: qa
                """);
    }

    @Test
    void savingTwiceGivesTheSameBytes() throws IOException {
        Path file = dir.resolve("environments.yaml");
        EnvironmentsFile.save(file, richConfig());
        String first = Files.readString(file);

        EnvironmentsFile.save(file, EnvironmentsFile.load(file).config());

        assertThat(Files.readString(file)).isEqualTo(first);
    }

    @Test
    void saveCreatesMissingParentDirectories() throws IOException {
        Path file = dir.resolve("config/vigil/environments.yaml");

        EnvironmentsFile.save(file, richConfig());

        assertThat(EnvironmentsFile.load(file).config()).isEqualTo(richConfig());
    }

    @Test
    void failureWhileWritingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("environments.yaml");
        Files.writeString(file, "environments:\n  - name: old\n");

        assertThatThrownBy(() -> AtomicFile.replace(file, out -> {
            out.write("environments:\n  - na".getBytes());
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");

        assertThat(Files.readString(file)).isEqualTo("environments:\n  - name: old\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void failureOfTheFinalRenameLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("environments.yaml");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "old");

        assertThatThrownBy(() -> EnvironmentsFile.save(target, richConfig())).isInstanceOf(IOException.class);

        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void saveThroughASymlinkReplacesItsTargetAndKeepsTheLink() throws IOException {
        Path real = dir.resolve("dotfiles/environments.yaml");
        Files.createDirectories(real.getParent());
        Files.writeString(real, "environments: []\n");
        Path link = Files.createSymbolicLink(dir.resolve("environments.yaml"), real);

        EnvironmentsFile.save(link, richConfig());

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(EnvironmentsFile.load(real).config()).isEqualTo(richConfig());
    }
}
