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
import static org.assertj.core.api.Assertions.tuple;

/** What the loader makes of good files, and what it keeps when part of a file is bad. */
class EnvironmentsFileLoadTest {
    @TempDir
    Path dir;

    private LoadResult load(String yaml) throws IOException {
        Path file = dir.resolve("environments.yaml");
        Files.writeString(file, yaml);
        return EnvironmentsFile.load(file);
    }

    @Test
    void missingFileGivesTheEmptyConfigWithoutProblems() {
        LoadResult result = EnvironmentsFile.load(dir.resolve("absent.yaml"));

        assertThat(result.config()).isEqualTo(EnvironmentsConfig.EMPTY);
        assertThat(result.problems()).isEmpty();
        assertThat(result.fileExists()).isFalse();
    }

    @Test
    void emptyFileGivesTheEmptyConfigAndExists() throws IOException {
        LoadResult result = load("");

        assertThat(result.config()).isEqualTo(EnvironmentsConfig.EMPTY);
        assertThat(result.problems()).isEmpty();
        assertThat(result.fileExists()).isTrue();
    }

    @Test
    void fullEnvironmentIsReadIntoTheRecords() throws IOException {
        LoadResult result = load("""
                default: production
                store: jdbc:postgresql://db.internal:5432/vigil?user=vigil
                environments:
                  - name: production
                    tier: production
                    kubeContext: prod-eu-1
                    prometheus: {url: https://prometheus.prod.example.com, credential: prom-prod}
                    logs: {url: https://opensearch.prod.example.com, indexPattern: "logs-*", credential: os-prod}
                    alerting: {provider: opsgenie, url: https://api.opsgenie.com, credential: opsgenie-prod}
                    services:
                      - name: checkout
                        namespace: shop
                        labels: {app: checkout}
                        availabilityTarget: 0.9995
                        metrics:
                          requests_per_minute: 'sum(rate(http_requests_total{service="{service}"}[1m])) * 60'
                """);

        assertThat(result.problems()).isEmpty();
        Environment production = result.config().find("production").orElseThrow();
        assertThat(production).isEqualTo(new Environment("production", Tier.PRODUCTION, false, "prod-eu-1",
                new Endpoint(URI.create("https://prometheus.prod.example.com"), "prom-prod"),
                new LogSettings(new Endpoint(URI.create("https://opensearch.prod.example.com"), "os-prod"), "logs-*"),
                new AlertingSettings(AlertProvider.OPSGENIE, new Endpoint(URI.create("https://api.opsgenie.com"), "opsgenie-prod")),
                List.of(new ServiceSpec("checkout", "shop", Map.of("app", "checkout"),
                        Map.of("requests_per_minute", "sum(rate(http_requests_total{service=\"{service}\"}[1m])) * 60"), 0.9995))));
        assertThat(result.config().defaultEnvironment()).isEqualTo("production");
        assertThat(result.config().storeUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/vigil?user=vigil");
    }

    @Test
    void anEnvironmentWithoutATierIsGuardedWhenItsNameSaysProduction() throws IOException {
        LoadResult result = load("""
                environments:
                  - name: prod-eu-1
                  - name: payments-live
                  - name: product-demo
                  - name: staging
                  - name: prd
                    tier: qa
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.config().environments()).extracting(Environment::name, Environment::tier).containsExactly(
                org.assertj.core.groups.Tuple.tuple("prod-eu-1", Tier.PRODUCTION),
                org.assertj.core.groups.Tuple.tuple("payments-live", Tier.PRODUCTION),
                org.assertj.core.groups.Tuple.tuple("product-demo", Tier.SANDBOX),
                org.assertj.core.groups.Tuple.tuple("staging", Tier.SANDBOX),
                org.assertj.core.groups.Tuple.tuple("prd", Tier.QA));
    }

    @Test
    void plainUrlStringsStandForEndpointsWithoutCredential() throws IOException {
        Environment qa = load("""
                environments:
                  - name: qa
                    prometheus: https://prometheus.qa.example.com
                    logs: https://opensearch.qa.example.com
                """).config().find("qa").orElseThrow();

        assertThat(qa.prometheus()).isEqualTo(new Endpoint(URI.create("https://prometheus.qa.example.com"), null));
        assertThat(qa.logs()).isEqualTo(new LogSettings(new Endpoint(URI.create("https://opensearch.qa.example.com"), null), "logs-*"));
    }

    @Test
    void problemInOneEnvironmentLeavesItOutAndKeepsTheOthers() throws IOException {
        LoadResult result = load("""
                environments:
                  - name: sandbox
                  - name: qa
                    tier: qa
                    prometheus: {url: https://prom.qa.example.com, credentail: prom-qa}
                  - name: production
                    tier: production
                """);

        assertThat(result.problems()).singleElement().extracting(ConfigProblem::line).isEqualTo(5);
        assertThat(result.config().environments()).extracting(Environment::name).containsExactly("sandbox", "production");
    }

    @Test
    void everyProblemOfASkippedEnvironmentIsReportedNotJustTheFirst() throws IOException {
        LoadResult result = load("""
                environments:
                  - name: qa
                    tier: staging
                    prometheus: ftp://prom
                """);

        assertThat(result.problems()).extracting(ConfigProblem::line).containsExactly(3, 4);
    }

    @Test
    void problemInReliabilityFallsBackToTheSpecDefaultsAndKeepsTheEnvironments() throws IOException {
        LoadResult result = load("""
                reliability:
                  availabilityTarget: 0.99
                  outageSeverities: [SEV1, SEV5]
                environments:
                  - name: qa
                """);

        assertThat(result.problems()).singleElement().extracting(ConfigProblem::line).isEqualTo(3);
        assertThat(result.config().reliability()).isEqualTo(ReliabilitySettings.DEFAULTS);
        assertThat(result.config().environments()).extracting(Environment::name).containsExactly("qa");
    }

    @Test
    void responseTargetGivenInPartKeepsTheSpecValueForTheRest() throws IOException {
        LoadResult result = load("""
                reliability:
                  outageSeverities: [SEV1]
                  responseTargets:
                    SEV1: {acknowledge: 90s}
                    sev3: {acknowledge: PT30M, resolve: 2d}
                """);

        ReliabilitySettings r = result.config().reliability();
        assertThat(result.problems()).isEmpty();
        assertThat(r.outageSeverities()).isEqualTo(Set.of(Severity.SEV1));
        assertThat(r.target(Severity.SEV1)).isEqualTo(new ResponseTarget(Duration.ofSeconds(90), Duration.ofHours(4)));
        assertThat(r.target(Severity.SEV3)).isEqualTo(new ResponseTarget(Duration.ofMinutes(30), Duration.ofDays(2)));
    }

    @Test
    void defaultNamingAnEnvironmentLeftOutSaysWhy() throws IOException {
        LoadResult result = load("""
                default: qa
                environments:
                  - name: qa
                    tier: staging
                """);

        assertThat(result.problems()).extracting(ConfigProblem::line).containsExactly(1, 4);
        assertThat(result.problems().getFirst().message()).contains("'qa', which is left out because of its problems");
    }

    @Test
    void defaultMayNameTheBuiltInDemo() throws IOException {
        LoadResult result = load("""
                default: demo
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.config().defaultEnvironment()).isEqualTo("demo");
    }

    @Test
    void mergeKeysShareSettingsBetweenEnvironments() throws IOException {
        LoadResult result = load("""
                x-shared: &shared
                  tier: qa
                  kubeContext: shared-1
                environments:
                  - name: qa-a
                    <<: *shared
                  - name: qa-b
                    <<: *shared
                    kubeContext: own-1
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.config().environments()).extracting(Environment::tier, Environment::kubeContext)
                .containsExactly(tuple(Tier.QA, "shared-1"),
                        tuple(Tier.QA, "own-1"));
    }
}
