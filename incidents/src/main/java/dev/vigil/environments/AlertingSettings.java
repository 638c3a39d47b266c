package dev.vigil.environments;

/** An environment's alerting provider; {@code endpoint} is null for {@link AlertProvider#NONE}. */
public record AlertingSettings(AlertProvider provider, Endpoint endpoint) {
    public static final AlertingSettings NONE = new AlertingSettings(AlertProvider.NONE, null);

    public AlertingSettings {
        provider = provider == null ? AlertProvider.NONE : provider;
    }
}
