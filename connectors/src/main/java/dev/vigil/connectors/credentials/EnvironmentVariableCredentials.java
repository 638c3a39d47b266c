package dev.vigil.connectors.credentials;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets from environment variables, {@code VIGIL_SECRET_<NAME>}: the credential name upper-cased with
 * every character other than a letter or digit turned into {@code _} ({@code prom-prod} →
 * {@code VIGIL_SECRET_PROM_PROD}). A value {@code basic:USER:PASSWORD} is HTTP basic auth; anything
 * else (optionally prefixed {@code bearer:}) is a bearer token. A stop-gap until the OS keychain is
 * wired: the variables never reach the environments file or the logs.
 */
public final class EnvironmentVariableCredentials implements CredentialResolver {

    private final Map<String, String> variables;

    public EnvironmentVariableCredentials(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    public static EnvironmentVariableCredentials fromSystem() {
        return new EnvironmentVariableCredentials(System.getenv());
    }

    public static String variableName(String credentialName) {
        return "VIGIL_SECRET_" + credentialName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    @Override
    public Optional<Credential> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String value = variables.get(variableName(name));
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (value.startsWith("basic:")) {
            String rest = value.substring("basic:".length());
            int colon = rest.indexOf(':');
            return colon < 0 ? Optional.of(new Credential.Basic(rest, ""))
                    : Optional.of(new Credential.Basic(rest.substring(0, colon), rest.substring(colon + 1)));
        }
        return Optional.of(new Credential.Bearer(value.startsWith("bearer:") ? value.substring("bearer:".length()) : value));
    }
}
