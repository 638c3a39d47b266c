package dev.vigil.views.shell;

import dev.vigil.connectors.health.ConnectorHealth;
import dev.vigil.connectors.health.HealthState;
import dev.vigil.environments.AlertProvider;
import dev.vigil.environments.AlertingSettings;
import dev.vigil.environments.Endpoint;
import dev.vigil.environments.Environment;
import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.environments.LoadResult;
import dev.vigil.environments.LogSettings;
import dev.vigil.environments.ReliabilitySettings;
import dev.vigil.environments.ServiceSpec;
import dev.vigil.environments.Tier;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Environments and health reports the view tests share. */
public final class TestEnvironments {

    private TestEnvironments() {
    }

    public static Environment staging() {
        return new Environment("staging", Tier.INTEGRATION, false, "staging-eu",
                new Endpoint(URI.create("http://127.0.0.1:19090"), null),
                new LogSettings(new Endpoint(URI.create("http://127.0.0.1:19200"), "os-staging"), "logs-*"),
                AlertingSettings.NONE, List.of(ServiceSpec.named("checkout", "shop")));
    }

    public static Environment production() {
        return new Environment("production", Tier.PRODUCTION, false, "prod-eu-1",
                new Endpoint(URI.create("http://127.0.0.1:29090"), "prom-prod"), null,
                new AlertingSettings(AlertProvider.ALERTMANAGER, new Endpoint(URI.create("http://127.0.0.1:29093"), null)),
                List.of(ServiceSpec.named("checkout", "shop"), ServiceSpec.named("payments", "payments")));
    }

    public static EnvironmentsConfig config() {
        return new EnvironmentsConfig(List.of(staging(), production()), "staging", null, ReliabilitySettings.DEFAULTS);
    }

    public static LoadResult loaded() {
        return new LoadResult(config(), List.of(), true);
    }

    /** A watcher that reports at once: metrics ok, everything else down, so every dot colour is exercised. */
    public static HealthWatcher fixedHealth() {
        return (env, listener) -> {
            List<ConnectorHealth> states = new ArrayList<>();
            for (ConnectorHealth h : dev.vigil.connectors.health.HealthMonitor.initialStates(env)) {
                HealthState state = h.connector().equals("Metrics") ? HealthState.OK : HealthState.DOWN;
                states.add(new ConnectorHealth(h.connector(), h.target(), state, "checked by the test", Instant.EPOCH));
            }
            listener.accept(states);
            return () -> { };
        };
    }
}
