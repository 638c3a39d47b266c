package dev.vigil.environments;

/**
 * An environment's alerting provider; {@code endpoint} is null for {@link AlertProvider#NONE}.
 * {@code query} narrows the alerts shown: an Opsgenie/JSM search query ({@code teams:payments}) or
 * Alertmanager matchers ({@code team="payments"}); null for all.
 */
public record AlertingSettings(AlertProvider provider, Endpoint endpoint, String query) {
    public static final AlertingSettings NONE = new AlertingSettings(AlertProvider.NONE, null);

    public AlertingSettings {
        provider = provider == null ? AlertProvider.NONE : provider;
        query = query == null || query.isBlank() ? null : query.strip();
    }

    public AlertingSettings(AlertProvider provider, Endpoint endpoint) {
        this(provider, endpoint, null);
    }
}
