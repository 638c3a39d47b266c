package dev.vigil.connectors.kubernetes;

import dev.vigil.connectors.health.ConnectorHealth;
import dev.vigil.connectors.health.HealthState;
import dev.vigil.environments.Environment;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * Keeps at most one live cluster connection: the one of the environment on screen. Switching
 * environment (or editing its context) closes the old connection and opens the new one, without a
 * restart; the kubeconfig is read again on every open so edits to it count.
 */
public final class KubeConnections implements AutoCloseable {

    private final Supplier<Kubeconfig> kubeconfig;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private KubeClusterSource current;
    private String currentContext;

    public KubeConnections(Supplier<Kubeconfig> kubeconfig, ScheduledExecutorService timer, Clock clock) {
        this.kubeconfig = Objects.requireNonNull(kubeconfig);
        this.timer = Objects.requireNonNull(timer);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The contexts of the merged kubeconfig (for the Settings view and error messages). */
    public Kubeconfig kubeconfig() {
        return kubeconfig.get();
    }

    /**
     * The connection for an environment's context, reusing the open one when the context is the same.
     * Blocks briefly (reads the kubeconfig): call off the FX thread. Throws {@link KubeconfigException}.
     */
    public synchronized ClusterSource open(Environment env) {
        String context = env.kubeContext();
        if (context == null) {
            throw new KubeconfigException("environment " + env.name() + " has no kubeContext: set one in Settings");
        }
        if (current != null && context.equals(currentContext) && current.status().state() != ConnectionState.CLOSED) {
            return current;
        }
        closeCurrent();
        current = KubeClusterSource.connect(kubeconfig.get(), context, timer, clock);
        currentContext = context;
        return current;
    }

    /**
     * The cluster's health for the status bar: the open connection's state when the environment's
     * context is connected, else one cheap request (server version) so the dot is real even before
     * the Cluster section is opened.
     */
    public ConnectorHealth health(Environment env, String connectorName) {
        String target = "context " + env.kubeContext();
        KubeClusterSource open;
        synchronized (this) {
            open = current != null && env.kubeContext().equals(currentContext) ? current : null;
        }
        if (open != null) {
            ClusterStatus s = open.status();
            return new ConnectorHealth(connectorName, target, healthState(s.state()), s.message(), clock.instant());
        }
        Config config;
        try {
            config = kubeconfig.get().clientConfig(env.kubeContext());
        } catch (KubeconfigException e) {
            return new ConnectorHealth(connectorName, target, HealthState.DOWN, e.getMessage(), clock.instant());
        }
        config.setConnectionTimeout(3_000);
        config.setRequestTimeout(5_000);
        config.setRequestRetryBackoffLimit(0);
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
            // A namespaced list with limit 1 needs the credentials to be valid (unlike /version).
            client.pods().inNamespace(config.getNamespace() == null ? "default" : config.getNamespace())
                    .list(new io.fabric8.kubernetes.api.model.ListOptionsBuilder().withLimit(1L).build());
            return new ConnectorHealth(connectorName, target, HealthState.OK, "API server " + config.getMasterUrl() + " answers",
                    clock.instant());
        } catch (RuntimeException e) {
            ClusterFailures.Failure f = ClusterFailures.classify(e, config.getMasterUrl());
            return new ConnectorHealth(connectorName, target, HealthState.DOWN, f.message(), clock.instant());
        }
    }

    static HealthState healthState(ConnectionState state) {
        return switch (state) {
            case CONNECTED -> HealthState.OK;
            case CONNECTING, CLOSED -> HealthState.UNKNOWN;
            case RECONNECTING -> HealthState.DEGRADED;
            case UNREACHABLE, UNAUTHORIZED, MISCONFIGURED -> HealthState.DOWN;
        };
    }

    private void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
            currentContext = null;
        }
    }

    @Override
    public synchronized void close() {
        closeCurrent();
    }
}
