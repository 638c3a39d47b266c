package dev.vigil.connectors.credentials;

import java.util.Optional;

/**
 * Looks a secret up by the <em>name</em> the environments file gives ({@code credential: prom-prod}).
 * The OS keychain implementation arrives with the keychain work; until then see
 * {@link EnvironmentVariableCredentials}.
 */
@FunctionalInterface
public interface CredentialResolver {

    Optional<Credential> resolve(String name);

    CredentialResolver NONE = name -> Optional.empty();
}
