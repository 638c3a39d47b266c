package dev.vigil.connectors.prometheus;

import dev.vigil.connectors.credentials.EnvironmentVariableCredentials;
import dev.vigil.connectors.credentials.CredentialResolver;
import dev.vigil.connectors.credentials.Credential;
import dev.vigil.environments.Environment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;

/**
 * Metrics sources for environments with a Prometheus URL: one client per environment, its credential
 * looked up by name when the environment is opened (so a secret added later is picked up on the next
 * switch). The demo environment has no Prometheus; the simulated fleet will bring its own source.
 */
public final class PrometheusSources implements MetricsSources {

    private static final Logger LOG = LoggerFactory.getLogger(PrometheusSources.class);

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
        return client(environment).map(PrometheusMetricsSource::new);
    }

    /** CPU and memory of the environment's pods from the same Prometheus (cAdvisor metrics); empty without one. */
    public Optional<dev.vigil.connectors.kubernetes.PodUsageSource> podUsage(Environment environment, java.time.Clock clock) {
        return client(environment).map(client -> new PrometheusPodUsage(client, clock));
    }

    private Optional<PromQueryClient> client(Environment environment) {
        if (environment.demo() || environment.prometheus() == null) {
            return Optional.empty();
        }
        String credentialName = environment.prometheus().credential();
        Credential credential = credentialName == null ? null : credentials.resolve(credentialName).orElse(null);
        if (credentialName != null && credential == null) {
            // Not fatal: Prometheus answers 401 and the tiles say so, but the log says where the secret was looked for.
            LOG.warn("credential '{}' of environment {} not found (set {})", credentialName, environment.name(),
                    EnvironmentVariableCredentials.variableName(credentialName));
        }
        return Optional.of(new PromQueryClient(environment.prometheus().url(), credential, settings, listener));
    }
}
