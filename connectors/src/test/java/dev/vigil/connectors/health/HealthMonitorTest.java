package dev.vigil.connectors.health;

import com.sun.net.httpserver.HttpServer;
import dev.vigil.environments.AlertProvider;
import dev.vigil.environments.AlertingSettings;
import dev.vigil.environments.Endpoint;
import dev.vigil.environments.Environment;
import dev.vigil.environments.Tier;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

class HealthMonitorTest {

    @Test
    void listsOneConnectorPerConfiguredSystem() {
        Environment env = new Environment("qa", Tier.QA, false, "qa-ctx",
                new Endpoint(URI.create("http://127.0.0.1:1"), null), null, AlertingSettings.NONE, List.of());
        assertThat(HealthMonitor.initialStates(env)).extracting(ConnectorHealth::connector)
                .containsExactly(HealthMonitor.CLUSTER, HealthMonitor.METRICS);
        assertThat(HealthMonitor.initialStates(env)).allMatch(h -> h.state() == HealthState.UNKNOWN);
    }

    @Test
    void checksPrometheusAndAlertmanagerAgainstTheirHealthEndpoints() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/-/healthy", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            URI up = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            Environment env = new Environment("prod", Tier.PRODUCTION, false, null, new Endpoint(up, null), null,
                    new AlertingSettings(AlertProvider.ALERTMANAGER, new Endpoint(up, null)), List.of());
            HealthMonitor monitor = new HealthMonitor(env, new EndpointProbe(Duration.ofSeconds(2), Clock.systemUTC()),
                    (e, name) -> { throw new AssertionError("no cluster to check"); }, scheduler, states -> { });
            List<ConnectorHealth> checked = monitor.checkOnce();
            assertThat(checked).extracting(ConnectorHealth::connector).containsExactly(HealthMonitor.METRICS, HealthMonitor.ALERTS);
            assertThat(checked).allMatch(h -> h.state() == HealthState.OK);
        } finally {
            scheduler.shutdownNow();
            server.stop(0);
        }
    }

    @Test
    void theDemoEnvironmentReportsItsSimulatedConnectorsWithoutProbing() {
        List<ConnectorHealth> states = HealthMonitor.initialStates(Environment.builtInDemo());
        assertThat(states).hasSize(4).allMatch(h -> h.detail().contains("simulated"));
        assertThat(states).filteredOn(h -> h.state() == HealthState.OK).extracting(ConnectorHealth::connector)
                .containsExactly(HealthMonitor.CLUSTER, HealthMonitor.METRICS, HealthMonitor.LOGS, HealthMonitor.ALERTS);
    }
}
