package dev.vigil.connectors.logs;

import dev.vigil.connectors.credentials.Credential;
import dev.vigil.connectors.credentials.CredentialResolver;
import dev.vigil.connectors.credentials.EnvironmentVariableCredentials;
import dev.vigil.connectors.health.ConnectorHealth;
import dev.vigil.connectors.health.HealthState;
import dev.vigil.environments.Environment;
import dev.vigil.environments.LogSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Log sources for environments with an OpenSearch URL, their credential looked up by name on every open
 * (a secret added later counts on the next switch), and their health as a search would meet it: one
 * request with the credential, so a wrong password shows amber and a stopped node red.
 */
public final class OpenSearchLogSources implements LogSources {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchLogSources.class);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final CredentialResolver credentials;
    private final Clock clock;

    public OpenSearchLogSources(CredentialResolver credentials, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Optional<LogSource> open(Environment environment) {
        if (environment.demo() || environment.logs() == null) {
            return Optional.empty();
        }
        return Optional.of(openSource(environment.logs(), environment.name(), null));
    }

    private OpenSearchLogSource openSource(LogSettings logs, String environment, Duration timeoutCap) {
        String name = logs.endpoint().credential();
        Credential credential = name == null ? null : credentials.resolve(name).orElse(null);
        if (name != null && credential == null) {
            LOG.warn("credential '{}' of environment {} not found (set {})", name, environment,
                    EnvironmentVariableCredentials.variableName(name));
        }
        Duration timeout = logs.timeout() == null ? DEFAULT_TIMEOUT : logs.timeout();
        if (timeoutCap != null && timeout.compareTo(timeoutCap) > 0) {
            timeout = timeoutCap;
        }
        return new OpenSearchLogSource(new OpenSearchConnection(logs.endpoint().url(), credential, timeout, logs.caCertificates()),
                logs.indexPattern(), logs.fields());
    }

    /** The health of an environment's logs for the status bar (shape of {@code ClusterProbe}). */
    public ConnectorHealth health(Environment environment, String connectorName) {
        String target = environment.logs().endpoint().url().toString();
        try (OpenSearchLogSource source = openSource(environment.logs(), environment.name(), Duration.ofSeconds(3))) {
            source.ping();
            return new ConnectorHealth(connectorName, target, HealthState.OK,
                    "OpenSearch answers at " + target + "; searching " + environment.logs().indexPattern(), clock.instant());
        } catch (LogQueryException e) {
            HealthState state = e.kind() == LogQueryException.Kind.UNAUTHORIZED ? HealthState.DEGRADED : HealthState.DOWN;
            return new ConnectorHealth(connectorName, target, state, e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            return new ConnectorHealth(connectorName, target, HealthState.DOWN, String.valueOf(e.getMessage()), clock.instant());
        }
    }
}
