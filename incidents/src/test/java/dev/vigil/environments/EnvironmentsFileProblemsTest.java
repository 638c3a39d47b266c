package dev.vigil.environments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of problem in an environments file is reported at the line and column of the offending node. */
class EnvironmentsFileProblemsTest {
    @TempDir
    Path dir;

    private LoadResult load(String yaml) throws IOException {
        Path file = dir.resolve("environments.yaml");
        Files.writeString(file, yaml);
        return EnvironmentsFile.load(file);
    }

    private static ConfigProblem only(LoadResult result) {
        assertThat(result.problems()).hasSize(1);
        return result.problems().getFirst();
    }

    @Test
    void syntaxErrorIsReportedWithTheParsersMessageAndPositionAndGivesAnEmptyConfig() throws IOException {
        LoadResult result = load("""
                environments:
                  - name: production
                    tier: [production
                  - name: qa
                """);

        ConfigProblem p = only(result);
        assertThat(p.message()).startsWith("YAML syntax error: ");
        assertThat(p.line()).isEqualTo(4);
        assertThat(result.config()).isEqualTo(EnvironmentsConfig.EMPTY);
        assertThat(result.fileExists()).isTrue();
    }

    @Test
    void unknownKeyIsReportedWithItsLineAndTheClosestKnownKey() throws IOException {
        LoadResult result = load("""
                environments:
                  - name: production
                    kubecontext: prod-eu-1
                """);

        ConfigProblem p = only(result);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(5);
        assertThat(p.message()).contains("unknown key 'kubecontext'", "did you mean 'kubeContext'?",
                "allowed: name, tier, kubeContext, prometheus, logs, alerting, services");
    }

    @Test
    void unknownKeyFarFromAnyKnownKeyListsTheAllowedKeysWithoutGuessing() throws IOException {
        ConfigProblem p = only(load("""
                colour: blue
                """));

        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("unknown key 'colour'", "allowed: default, store, reliability, checklists, environments")
                .doesNotContain("did you mean");
    }

    @Test
    void stringKeyWithANumberIsAWrongType() throws IOException {
        ConfigProblem p = only(load("""
                environments:
                  - name: production
                    tier: 3
                """));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(11);
        assertThat(p.message()).startsWith("tier must be a string");
    }

    @Test
    void servicesGivenAsAMappingIsAWrongType() throws IOException {
        ConfigProblem p = only(load("""
                environments:
                  - name: production
                    services:
                      checkout: shop
                """));

        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).startsWith("services must be a list");
    }

    @Test
    void unknownTierNamesTheAcceptedTiers() throws IOException {
        ConfigProblem p = only(load("""
                environments:
                  - name: production
                    tier: prod
                """));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("unknown tier 'prod' (expected sandbox, qa, integration or production)");
    }

    @Test
    void unknownAlertingProviderIsReportedAtTheProvider() throws IOException {
        ConfigProblem p = only(load("""
                environments:
                  - name: production
                    alerting:
                      provider: pagerduty
                      url: https://events.pagerduty.com
                """));

        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("unknown alerting provider 'pagerduty'");
    }

    @Test
    void urlThatIsNotHttpIsReported() throws IOException {
        ConfigProblem p = only(load("""
                environments:
                  - name: production
                    prometheus: {url: ftp://prometheus.example.com}
                """));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(23);
        assertThat(p.message()).contains("must start with http:// or https://");
    }

    @Test
    void unparseableUrlIsReported() throws IOException {
        ConfigProblem p = only(load("""
                environments:
                  - name: production
                    logs: "https://open search.example.com"
                """));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("is not a valid URL");
    }

    @Test
    void availabilityTargetOfOneIsOutOfRange() throws IOException {
        ConfigProblem p = only(load("""
                environments:
                  - name: production
                    services:
                      - name: checkout
                        availabilityTarget: 1
                """));

        assertThat(p.line()).isEqualTo(5);
        assertThat(p.message()).contains("between 0 and 1, exclusive");
    }

    @Test
    void unparseableDurationIsReportedAtTheValue() throws IOException {
        ConfigProblem p = only(load("""
                reliability:
                  responseTargets:
                    SEV1: {acknowledge: 5 minutes, resolve: 4h}
                """));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(25);
        assertThat(p.message()).contains("cannot read duration '5 minutes'");
    }

    @Test
    void unknownSeverityIsReportedInOutageSeverities() throws IOException {
        ConfigProblem p = only(load("""
                reliability:
                  outageSeverities: [SEV1, SEV9]
                """));

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(28);
        assertThat(p.message()).isEqualTo("unknown severity 'SEV9' (expected SEV1..SEV4)");
    }

    @Test
    void environmentWithoutNameIsReportedAtItsFirstKey() throws IOException {
        ConfigProblem p = only(load("""
                environments:
                  - tier: qa
                    kubeContext: qa-1
                """));

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("environment is missing the required key 'name'");
    }

    @Test
    void duplicateEnvironmentNameIsReportedAtTheSecondOne() throws IOException {
        LoadResult result = load("""
                environments:
                  - name: qa
                    tier: qa
                  - name: qa
                    tier: production
                """);

        ConfigProblem p = only(result);
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("'qa' is used twice (first on line 2)");
        assertThat(result.config().environments()).singleElement().extracting(Environment::tier).isEqualTo(Tier.QA);
    }

    @Test
    void duplicateServiceNameIsReportedAtTheSecondOne() throws IOException {
        ConfigProblem p = only(load("""
                environments:
                  - name: qa
                    services:
                      - name: checkout
                      - name: payments
                      - name: checkout
                """));

        assertThat(p.line()).isEqualTo(6);
        assertThat(p.message()).contains("service 'checkout' is listed twice", "first on line 4");
    }

    @Test
    void defaultNamingNoEnvironmentIsReportedAndFallsBackToNone() throws IOException {
        LoadResult result = load("""
                default: prodution
                environments:
                  - name: production
                """);

        ConfigProblem p = only(result);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo(10);
        assertThat(p.message()).contains("'prodution'", "did you mean 'production'?");
        assertThat(result.config().defaultEnvironment()).isNull();
    }

    @Test
    void keyGivenTwiceIsReportedAtTheSecondOccurrence() throws IOException {
        ConfigProblem p = only(load("""
                environments:
                  - name: qa
                    tier: qa
                    tier: sandbox
                """));

        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("'tier' is given twice in an environment (first on line 3)");
    }

    @Test
    void inlinePasswordIsRejectedWithAdviceToUseTheKeychain() throws IOException {
        ConfigProblem p = only(load("""
                environments:
                  - name: production
                    alerting:
                      provider: opsgenie
                      url: https://api.opsgenie.com
                      apiKey: 0d4c-secret-value
                """));

        assertThat(p.line()).isEqualTo(6);
        assertThat(p.message()).contains("'apiKey' looks like an inline secret", "OS keychain")
                .doesNotContain("0d4c-secret-value");
    }

    @Test
    void passwordInsideTheStoreUrlIsRejected() throws IOException {
        LoadResult result = load("""
                store: jdbc:postgresql://db:5432/vigil?user=vigil&password=hunter2
                """);

        ConfigProblem p = only(result);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("password", "OS keychain");
        assertThat(result.config().storeUrl()).isNull();
    }

    @Test
    void credentialThatLooksLikeASecretValueIsRejectedWithoutEchoingIt() throws IOException {
        ConfigProblem p = only(load("""
                environments:
                  - name: production
                    prometheus: {url: https://prom.example.com, credential: "s3cr3t pass!"}
                """));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("name of a secret in the OS keychain").doesNotContain("s3cr3t");
    }

    @Test
    void fileThatIsAListIsReported() throws IOException {
        LoadResult result = load("""
                - name: production
                """);

        assertThat(only(result).message()).startsWith("the file must be a mapping");
        assertThat(result.config()).isEqualTo(EnvironmentsConfig.EMPTY);
    }

    @Test
    void unreadableFileIsAProblemNotAnException() {
        LoadResult result = EnvironmentsFile.load(dir); // a directory cannot be read as a file

        assertThat(only(result).message()).startsWith("cannot read the file");
        assertThat(result.config()).isEqualTo(EnvironmentsConfig.EMPTY);
    }

    @Test
    void invalidUtf8IsAProblemNotAnException() throws IOException {
        Path file = dir.resolve("environments.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});

        assertThat(only(EnvironmentsFile.load(file)).message()).contains("not valid UTF-8");
    }

    @Test
    void problemsAreListedInFileOrder() throws IOException {
        LoadResult result = load("""
                environments:
                  - name: qa
                    services: {checkout: shop}
                    alerting: {provider: opsgenie}
                    prometheus: 5
                """);

        assertThat(result.problems()).extracting(ConfigProblem::line).containsExactly(3, 4, 5);
    }

    @Test
    void problemPrintsAsFileLineColumnMessage() {
        ConfigProblem p = new ConfigProblem(Path.of("/home/ops/.config/vigil/environments.yaml"), 7, 5, "unknown key 'x'");

        assertThat(p).hasToString("/home/ops/.config/vigil/environments.yaml:7:5: unknown key 'x'");
    }
}
