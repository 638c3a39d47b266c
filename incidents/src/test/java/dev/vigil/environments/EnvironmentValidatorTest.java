package dev.vigil.environments;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules the Settings form checks before an environment is saved. */
class EnvironmentValidatorTest {
    private static Environment named(String name) {
        return new Environment(name, Tier.QA, false, null, null, null, null, null);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void completeEnvironmentHasNoProblems() {
        Environment production = EnvironmentsFileSaveTest.richConfig().find("production").orElseThrow();

        assertThat(EnvironmentValidator.validate(production, List.of(named("qa")))).isEmpty();
    }

    @Test
    void nameWithUppercaseOrSpacesBreaksTheNamePattern() {
        assertThat(fields(EnvironmentValidator.validate(named("Prod EU"), List.of()))).containsExactly("name");
        assertThat(EnvironmentValidator.nameProblem("prod-eu_1.a")).isEmpty();
        assertThat(EnvironmentValidator.nameProblem("-prod")).isPresent();
        assertThat(EnvironmentValidator.nameProblem("a".repeat(64))).isPresent();
    }

    @Test
    void blankNameIsRequired() {
        assertThat(EnvironmentValidator.nameProblem(" ")).contains("name is required");
    }

    @Test
    void nameTakenByAnotherEnvironmentIsADuplicate() {
        List<FieldProblem> problems = EnvironmentValidator.validate(named("qa"), List.of(named("sandbox"), named("qa")));

        assertThat(problems).containsExactly(new FieldProblem("name", "another environment is already named 'qa'"));
    }

    @Test
    void builtInDemoDoesNotClashWithAFileEnvironmentNamedDemo() {
        assertThat(EnvironmentValidator.validate(named("demo"), List.of(Environment.builtInDemo()))).isEmpty();
    }

    @Test
    void endpointUrlsMustBeHttpOrHttps() {
        Environment e = new Environment("qa", Tier.QA, false, null, new Endpoint(URI.create("ftp://prom.qa"), null),
                new LogSettings(new Endpoint(URI.create("file:///var/log"), null), null), null, null);

        assertThat(fields(EnvironmentValidator.validate(e, List.of()))).containsExactly("prometheus.url", "logs.url");
    }

    @Test
    void urlTextIsCheckedForParsingSchemeHostAndPasswords() {
        assertThat(EnvironmentValidator.urlProblem("https://prom.example.com:9090/base")).isEmpty();
        assertThat(EnvironmentValidator.urlProblem("https://prom example.com").orElseThrow()).contains("is not a valid URL");
        assertThat(EnvironmentValidator.urlProblem("prom.example.com").orElseThrow()).contains("http:// or https://");
        assertThat(EnvironmentValidator.urlProblem("https:///path").orElseThrow()).contains("has no host");
        assertThat(EnvironmentValidator.urlProblem("https://ops:pw@prom.example.com").orElseThrow()).contains("OS keychain");
    }

    @Test
    void indexPatternWithSpacesIsRejected() {
        Environment e = new Environment("qa", Tier.QA, false, null, null,
                new LogSettings(new Endpoint(URI.create("https://logs.qa"), null), "logs *"), null, null);

        assertThat(fields(EnvironmentValidator.validate(e, List.of()))).containsExactly("logs.indexPattern");
        assertThat(EnvironmentValidator.indexPatternProblem("")).isPresent();
    }

    @Test
    void credentialMustBeANameNotASecret() {
        Environment e = new Environment("qa", Tier.QA, false, null,
                new Endpoint(URI.create("https://prom.qa"), "correct horse battery staple"), null, null, null);

        assertThat(fields(EnvironmentValidator.validate(e, List.of()))).containsExactly("prometheus.credential");
        assertThat(EnvironmentValidator.credentialProblem("vigil/opsgenie-prod")).isEmpty();
    }

    @Test
    void alertingProviderOtherThanNoneNeedsAUrl() {
        Environment e = new Environment("qa", Tier.QA, false, null, null, null,
                new AlertingSettings(AlertProvider.JSM, null), null);

        assertThat(fields(EnvironmentValidator.validate(e, List.of()))).containsExactly("alerting.url");
    }

    @Test
    void serviceAvailabilityTargetMustLieStrictlyBetweenZeroAndOne() {
        Environment e = new Environment("qa", Tier.QA, false, null, null, null, null,
                List.of(new ServiceSpec("checkout", null, Map.of(), Map.of(), 99.9)));

        assertThat(fields(EnvironmentValidator.validate(e, List.of()))).containsExactly("services[checkout].availabilityTarget");
        assertThat(EnvironmentValidator.availabilityTargetProblem(0)).isPresent();
        assertThat(EnvironmentValidator.availabilityTargetProblem(Double.NaN)).isPresent();
        assertThat(EnvironmentValidator.availabilityTargetProblem(0.999)).isEmpty();
    }

    @Test
    void serviceListedTwiceIsADuplicate() {
        Environment e = new Environment("qa", Tier.QA, false, null, null, null, null,
                List.of(ServiceSpec.named("checkout", "shop"), ServiceSpec.named("checkout", "shop")));

        assertThat(fields(EnvironmentValidator.validate(e, List.of()))).containsExactly("services[checkout].name");
    }
}
