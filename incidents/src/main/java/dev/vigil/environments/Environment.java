package dev.vigil.environments;

import java.util.List;

/**
 * One environment Vigil can point at: its cluster context, metrics, logs, alerting and service catalogue.
 * Optional parts are null when the environment has none. {@code demo} marks the built-in simulated fleet.
 */
public record Environment(String name, Tier tier, boolean demo, String kubeContext,
                          Endpoint prometheus, LogSettings logs, AlertingSettings alerting,
                          List<ServiceSpec> services) {

    public static final String DEMO_NAME = "demo";

    public Environment {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("environment name is required");
        }
        tier = tier == null ? Tier.SANDBOX : tier;
        alerting = alerting == null ? AlertingSettings.NONE : alerting;
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** The built-in demo environment: a simulated fleet, never production, never written to a file. */
    public static Environment builtInDemo() {
        return new Environment(DEMO_NAME, Tier.SANDBOX, true, null, null, null, AlertingSettings.NONE,
                List.of(ServiceSpec.named("gateway", "edge"), ServiceSpec.named("checkout", "shop"),
                        ServiceSpec.named("payments", "payments"), ServiceSpec.named("search", "shop"),
                        ServiceSpec.named("accounts", "identity"), ServiceSpec.named("notifications", "messaging")));
    }

    public boolean guarded() {
        return tier.guarded();
    }

    public Environment withName(String newName) {
        return new Environment(newName, tier, demo, kubeContext, prometheus, logs, alerting, services);
    }
}
