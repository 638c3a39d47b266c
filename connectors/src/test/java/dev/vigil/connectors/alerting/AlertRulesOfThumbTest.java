package dev.vigil.connectors.alerting;

import dev.vigil.connectors.credentials.EnvironmentVariableCredentials;
import dev.vigil.environments.AlertProvider;
import dev.vigil.environments.AlertingSettings;
import dev.vigil.environments.Endpoint;
import dev.vigil.environments.Environment;
import dev.vigil.environments.Tier;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small rules the connector lives by: severity words, backoff, Retry-After, and which credential fits which provider. */
class AlertRulesOfThumbTest {

    @Test
    void severityWordsOfTheProvidersMapToPriorities() {
        assertThat(AlertPriority.fromSeverity("critical")).isEqualTo(AlertPriority.P1);
        assertThat(AlertPriority.fromSeverity("P2")).isEqualTo(AlertPriority.P2);
        assertThat(AlertPriority.fromSeverity("Warning")).isEqualTo(AlertPriority.P3);
        assertThat(AlertPriority.fromSeverity("info")).isEqualTo(AlertPriority.P4);
        assertThat(AlertPriority.fromSeverity("none")).isEqualTo(AlertPriority.P5);
        assertThat(AlertPriority.fromSeverity("sev-whatever")).isEqualTo(AlertPriority.P3);
        assertThat(AlertPriority.fromSeverity(null)).isEqualTo(AlertPriority.P3);
    }

    @Test
    void failuresInARowDoubleTheWaitUpToTwoMinutesButNeverUnderRetryAfter() {
        Duration period = Duration.ofSeconds(10);
        assertThat(AlertPoller.backoff(period, 1, null)).isEqualTo(Duration.ofSeconds(20));
        assertThat(AlertPoller.backoff(period, 3, null)).isEqualTo(Duration.ofSeconds(80));
        assertThat(AlertPoller.backoff(period, 30, null)).isEqualTo(AlertPoller.MAX_BACKOFF);
        assertThat(AlertPoller.backoff(period, 1, Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        assertThat(AlertHttp.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(AlertHttp.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(AlertHttp.retryAfter("soon")).isNull();
        assertThat(AlertHttp.retryAfter(null)).isNull();
    }

    private static Environment env(AlertProvider provider, String credential) {
        return new Environment("prod", Tier.PRODUCTION, false, null, null, null,
                new AlertingSettings(provider, new Endpoint(URI.create("https://api.example.com"), credential)), List.of());
    }

    private static AlertSources sources(Map<String, String> variables) {
        return new AlertSources(new EnvironmentVariableCredentials(variables), Executors.newSingleThreadScheduledExecutor(),
                Runnable::run, Clock.systemUTC());
    }

    @Test
    void aMissingCredentialIsNamedWithTheVariableToSet() {
        assertThatThrownBy(() -> sources(Map.of()).open(env(AlertProvider.OPSGENIE, "opsgenie-prod")))
                .hasMessageContaining("'opsgenie-prod'").hasMessageContaining("VIGIL_SECRET_OPSGENIE_PROD");
    }

    @Test
    void opsgenieTakesAnApiKeyAndJsmTakesAnEmailAndToken() {
        AlertSources s = sources(Map.of("VIGIL_SECRET_OG", "eb24-key", "VIGIL_SECRET_JSM", "basic:ana@example.com:tok"));
        try (AlertSource og = s.open(env(AlertProvider.OPSGENIE, "og")).orElseThrow();
             AlertSource jsm = s.open(env(AlertProvider.JSM, "jsm")).orElseThrow()) {
            assertThat(og.name()).startsWith("Opsgenie at ");
            assertThat(jsm.name()).startsWith("JSM Ops at ");
        }
        assertThatThrownBy(() -> s.open(env(AlertProvider.OPSGENIE, "jsm"))).hasMessageContaining("API key");
        assertThatThrownBy(() -> s.open(env(AlertProvider.JSM, "og"))).hasMessageContaining("basic:EMAIL:API_TOKEN");
        assertThat(s.open(new Environment("dev", Tier.SANDBOX, false, null, null, null, AlertingSettings.NONE, List.of()))).isEmpty();
    }
}
