package dev.vigil.connectors.prometheus;

import dev.vigil.environments.Environment;

import java.util.Objects;
import java.util.Optional;

/**
 * Metrics sources for environments with a Prometheus URL: one client per environment, its credential
 * looked up by name when the environment is opened (so a secret added later is picked up on the next
 * switch). The demo environment has no Prometheus; the simulated fleet will bring its own source.
 */
public final class PrometheusSources implements MetricsSources {

    private final CredentialResolver credentials;
    private final PromClientSettings settings;
    private final QueryListener listener;

    public PrometheusSources(CredentialResolver credentials, PromClientSettings settings, QueryListener listener) {
        this.credentials = Objects.requireNonNull(credentials);
        this.settings = Objects.requireNonNull(settings);
        this.listener = Objects.requireNonNull(listener);
    }

    @Override
    public Optional<MetricsSource> open(Environment environment) {
        if (environment.demo() || environment.prometheus() == null) {
            return Optional.empty();
        }
        String credentialName = environment.prometheus().credential();
        Credential credential = credentialName == null ? null : credentials.resolve(credentialName).orElse(null);
        PromQueryClient client = new PromQueryClient(environment.prometheus().url(), credential, settings, listener);
        return Optional.of(new PrometheusMetricsSource(client));
    }
}
