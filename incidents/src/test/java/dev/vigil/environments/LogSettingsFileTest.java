package dev.vigil.environments;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The logs keys beyond the endpoint: field mapping by role, timeout and CA file, read, checked and written back. */
class LogSettingsFileTest {

    private static final Path FILE = Path.of("environments.yaml");

    @Test
    void fieldsTimeoutAndCaAreReadAndSurviveASave() {
        LoadResult result = EnvironmentsFile.parse(FILE, """
                environments:
                  - name: qa
                    logs:
                      url: https://opensearch.qa.example.com
                      fields: {level: severity, traceId: trace.id, service: app}
                      timeout: 20s
                      caCertificates: /etc/ssl/internal-ca.pem
                """);

        assertThat(result.problems()).isEmpty();
        LogSettings logs = result.config().environments().getFirst().logs();
        assertThat(logs.fields()).isEqualTo(Map.of("level", "severity", "traceId", "trace.id", "service", "app"));
        assertThat(logs.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(logs.caCertificates()).isEqualTo(Path.of("/etc/ssl/internal-ca.pem"));
        assertThat(EnvironmentsFile.parse(FILE, EnvironmentsFile.toYaml(result.config())).config()).isEqualTo(result.config());
    }

    @Test
    void anUnknownFieldRoleIsReportedWithTheClosestRole() {
        LoadResult result = EnvironmentsFile.parse(FILE, """
                environments:
                  - name: qa
                    logs: {url: https://opensearch.qa.example.com, fields: {traceid: trace.id}}
                """);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("unknown key 'traceid'").contains("did you mean 'traceId'");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void aZeroTimeoutIsReported() {
        LoadResult result = EnvironmentsFile.parse(FILE, """
                environments:
                  - name: qa
                    logs: {url: https://opensearch.qa.example.com, timeout: 0s}
                """);

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("timeout must be longer than zero"));
    }
}
