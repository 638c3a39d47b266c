package dev.vigil.connectors.alerting;

import dev.vigil.connectors.credentials.Credential;
import dev.vigil.connectors.credentials.CredentialResolver;
import dev.vigil.connectors.credentials.EnvironmentVariableCredentials;
import dev.vigil.environments.AlertingSettings;
import dev.vigil.environments.Environment;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Opens the alert source an environment's {@code alerting:} names, with its credential. Opsgenie
 * takes an API key (the secret's token, sent as {@code GenieKey …}); JSM Ops takes basic auth (an
 * email and an API token, {@code basic:EMAIL:TOKEN}); Alertmanager takes either or nothing.
 */
public final class AlertSources {

    private final CredentialResolver credentials;
    private final ScheduledExecutorService timer;
    private final Executor io;
    private final Clock clock;

    public AlertSources(CredentialResolver credentials, ScheduledExecutorService timer, Executor io, Clock clock) {
        this.credentials = credentials;
        this.timer = timer;
        this.io = io;
        this.clock = clock;
    }

    /** The environment's source, empty when it has no alerting provider; throws with a clear reason when misconfigured. */
    public Optional<AlertSource> open(Environment env) {
        AlertingSettings settings = env.alerting();
        if (settings.endpoint() == null) {
            return Optional.empty();
        }
        String credentialName = settings.endpoint().credential();
        Optional<Credential> credential = credentials.resolve(credentialName);
        if (credentialName != null && credential.isEmpty()) {
            throw new IllegalStateException("the credential '" + credentialName + "' of " + env.name()
                    + "'s alerting is not set (until the keychain: the environment variable "
                    + EnvironmentVariableCredentials.variableName(credentialName) + ")");
        }
        return Optional.of(switch (settings.provider()) {
            case ALERTMANAGER -> new AlertmanagerSource(settings.endpoint().url(),
                    credential.map(Credential::authorizationHeader).orElse(null), settings.query(), timer, io, clock,
                    AlertmanagerSource.PERIOD);
            case OPSGENIE -> new OpsgenieSource(OpsgenieApi.OPSGENIE, settings.endpoint().url(),
                    "GenieKey " + apiKey(credential.orElseThrow(() -> missing(env, "an Opsgenie API key"))), settings.query(),
                    timer, io, clock, OpsgenieSource.PERIOD);
            case JSM -> new OpsgenieSource(OpsgenieApi.JSM, settings.endpoint().url(),
                    basic(credential.orElseThrow(() -> missing(env, "an email and API token (basic:EMAIL:TOKEN)"))),
                    settings.query(), timer, io, clock, OpsgenieSource.PERIOD);
            case NONE -> throw new IllegalStateException("no alerting provider");
        });
    }

    private static IllegalStateException missing(Environment env, String what) {
        return new IllegalStateException(env.name() + "'s alerting needs a credential with " + what);
    }

    private static String apiKey(Credential c) {
        return switch (c) {
            case Credential.Bearer b -> b.token();
            case Credential.Basic b -> throw new IllegalStateException("Opsgenie takes an API key, not a user and password");
        };
    }

    private static String basic(Credential c) {
        if (c instanceof Credential.Basic) {
            return c.authorizationHeader();
        }
        throw new IllegalStateException("JSM Ops takes basic auth: set the credential to basic:EMAIL:API_TOKEN");
    }
}
