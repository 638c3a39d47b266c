package dev.vigil.connectors.credentials;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EnvironmentVariableCredentialsTest {

    @Test
    void credentialNameBecomesAnUpperCaseVariableName() {
        assertThat(EnvironmentVariableCredentials.variableName("prom-prod.eu/1")).isEqualTo("VIGIL_SECRET_PROM_PROD_EU_1");
    }

    @Test
    void plainValueIsABearerToken() {
        var credentials = new EnvironmentVariableCredentials(Map.of("VIGIL_SECRET_PROM_PROD", "abc"));

        assertThat(credentials.resolve("prom-prod")).contains(new Credential.Bearer("abc"));
    }

    @Test
    void basicPrefixSplitsUserAndPasswordAtTheFirstColon() {
        var credentials = new EnvironmentVariableCredentials(Map.of("VIGIL_SECRET_PROM", "basic:ops:p:w"));

        assertThat(credentials.resolve("prom")).contains(new Credential.Basic("ops", "p:w"));
    }

    @Test
    void missingVariableResolvesToNothing() {
        assertThat(new EnvironmentVariableCredentials(Map.of()).resolve("prom")).isEmpty();
    }

    @Test
    void toStringNeverShowsTheSecret() {
        assertThat(new Credential.Bearer("secret").toString()).doesNotContain("secret");
        assertThat(new Credential.Basic("ops", "secret").toString()).doesNotContain("secret");
    }
}
