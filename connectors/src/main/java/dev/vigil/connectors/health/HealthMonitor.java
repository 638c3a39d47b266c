package dev.vigil.connectors.health;

import dev.vigil.environments.AlertProvider;
import dev.vigil.environments.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the connectors of one environment on its own scheduler and reports their health, one
 * entry per connector the environment configures, to a listener (never on the FX thread: the caller
 * crosses threads itself).
 */
public final class HealthMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);

    private final Environment environment;
    private final EndpointProbe probe;
    private final ClusterProbe clusterProbe;
    private final ClusterProbe logsProbe;
    private final ScheduledExecutorService scheduler;
    private final Consumer<List<ConnectorHealth>> listener;
    private ScheduledFuture<?> task;

    public HealthMonitor(Environment environment, EndpointProbe probe, ClusterProbe clusterProbe,
                         ScheduledExecutorService scheduler, Consumer<List<ConnectorHealth>> listener) {
        this(environment, probe, clusterProbe, null, scheduler, listener);
    }

    /**
     * @param logsProbe checks the logs with their credential (as a search would meet them); null probes the
     *                  OpenSearch URL without one
     */
    public HealthMonitor(Environment environment, EndpointProbe probe, ClusterProbe clusterProbe, ClusterProbe logsProbe,
                         ScheduledExecutorService scheduler, Consumer<List<ConnectorHealth>> listener) {
        this.environment = Objects.requireNonNull(environment);
        this.probe = Objects.requireNonNull(probe);
        this.clusterProbe = Objects.requireNonNull(clusterProbe);
        this.logsProbe = logsProbe;
        this.scheduler = Objects.requireNonNull(scheduler);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Reports the initial (unknown) states at once, then checks every {@code period}. */
    public synchronized void start(Duration period) {
        listener.accept(initialStates(environment));
        task = scheduler.scheduleWithFixedDelay(this::checkOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(true);
        }
    }

    /** One round of checks; public so tests and a "check now" command can run it directly. */
    public List<ConnectorHealth> checkOnce() {
        List<ConnectorHealth> result = new ArrayList<>();
        try {
            for (ConnectorHealth initial : initialStates(environment)) {
                result.add(check(initial));
            }
            listener.accept(List.copyOf(result));
        } catch (RuntimeException e) {
            LOG.warn("health check of environment {} failed", environment.name(), e);
        }
        return result;
    }

    private ConnectorHealth check(ConnectorHealth initial) {
        return switch (initial.connector()) {
            case CLUSTER -> environment.demo() ? initial : clusterProbe.check(environment, CLUSTER);
            case METRICS -> probe.probe(METRICS, environment.prometheus().url(), "/-/healthy");
            case LOGS -> environment.demo() ? initial : logsProbe != null ? logsProbe.check(environment, LOGS)
                    : probe.probe(LOGS, environment.logs().endpoint().url(), "/");
            case ALERTS -> environment.alerting().provider() == AlertProvider.ALERTMANAGER
                    ? probe.probe(ALERTS, environment.alerting().endpoint().url(), "/-/healthy")
                    : initial;
            default -> initial;
        };
    }

    public static final String CLUSTER = "Cluster";
    public static final String METRICS = "Metrics";
    public static final String LOGS = "Logs";
    public static final String ALERTS = "Alerts";

    /** One entry per connector the environment configures, all unknown until checked. */
    public static List<ConnectorHealth> initialStates(Environment env) {
        List<ConnectorHealth> states = new ArrayList<>();
        if (env.demo()) {
            // The fleet runs inside Vigil: its cluster, metrics, logs and alert rules are always there.
            states.add(new ConnectorHealth(CLUSTER, "simulated", HealthState.OK, "Demo environment: simulated cluster of the demo fleet", null));
            states.add(new ConnectorHealth(METRICS, "simulated", HealthState.OK, "Demo environment: simulated metrics of the demo fleet", null));
            states.add(new ConnectorHealth(LOGS, "simulated", HealthState.OK, "Demo environment: simulated logs of the demo fleet's traffic", null));
            states.add(new ConnectorHealth(ALERTS, "simulated", HealthState.OK, "Demo environment: alert rules of the simulated fleet", null));
            return states;
        }
        if (env.kubeContext() != null) {
            states.add(ConnectorHealth.unknown(CLUSTER, "context " + env.kubeContext(),
                    "Kube context " + env.kubeContext() + ": not checked yet"));
        }
        if (env.prometheus() != null) {
            states.add(ConnectorHealth.unknown(METRICS, env.prometheus().url().toString(), "Prometheus: not checked yet"));
        }
        if (env.logs() != null) {
            states.add(ConnectorHealth.unknown(LOGS, env.logs().endpoint().url().toString(), "OpenSearch: not checked yet"));
        }
        if (env.alerting().provider() != AlertProvider.NONE && env.alerting().endpoint() != null) {
            String detail = env.alerting().provider() == AlertProvider.ALERTMANAGER
                    ? "Alertmanager: not checked yet"
                    : env.alerting().provider().key() + ": checked when alerts are fetched (needs its credential)";
            states.add(ConnectorHealth.unknown(ALERTS, env.alerting().endpoint().url().toString(), detail));
        }
        return states;
    }
}
