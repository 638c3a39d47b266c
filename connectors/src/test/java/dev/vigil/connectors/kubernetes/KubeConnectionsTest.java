package dev.vigil.connectors.kubernetes;

import dev.vigil.connectors.health.ConnectorHealth;
import dev.vigil.connectors.health.HealthState;
import dev.vigil.environments.AlertingSettings;
import dev.vigil.environments.Environment;
import dev.vigil.environments.Tier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static dev.vigil.connectors.kubernetes.KubeClusterSourceTest.await;
import static org.assertj.core.api.Assertions.assertThat;

class KubeConnectionsTest {

    @TempDir
    Path dir;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private MockCluster staging;
    private MockCluster prod;
    private KubeConnections connections;

    @BeforeEach
    void start() throws Exception {
        staging = new MockCluster();
        prod = new MockCluster();
        Path a = staging.writeKubeconfig(dir.resolve("a"), "staging", "shop");
        Path b = prod.writeKubeconfig(dir.resolve("b"), "prod", "payments");
        // As KUBECONFIG=a:b would list them.
        List<Path> files = Kubeconfig.filesFrom(java.util.Map.of("KUBECONFIG", a + File.pathSeparator + b), dir);
        connections = new KubeConnections(() -> Kubeconfig.load(files), timer, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        connections.close();
        staging.close();
        prod.close();
        timer.shutdownNow();
    }

    private static Environment env(String name, String context) {
        return new Environment(name, Tier.INTEGRATION, false, context, null, null, AlertingSettings.NONE, List.of());
    }

    @Test
    void switchingEnvironmentClosesTheOldContextAndOpensTheNewOne() {
        ClusterSource first = connections.open(env("staging", "staging"));
        assertThat(connections.open(env("staging-again", "staging"))).isSameAs(first);
        await(() -> first.status().state() == ConnectionState.CONNECTED);
        assertThat(first.status().message()).contains(String.valueOf(staging.port()));

        ClusterSource second = connections.open(env("prod", "prod"));
        assertThat(first.status().state()).isEqualTo(ConnectionState.CLOSED);
        await(() -> second.status().state() == ConnectionState.CONNECTED);
        assertThat(second.status().message()).contains(String.valueOf(prod.port()));
    }

    @Test
    void healthIsTheLiveConnectionsStateAndDegradedWhileReconnecting() {
        ClusterSource source = connections.open(env("staging", "staging"));
        await(() -> source.status().state() == ConnectionState.CONNECTED);
        assertThat(connections.health(env("staging", "staging"), "Cluster").state()).isEqualTo(HealthState.OK);

        staging.stop();
        await(() -> source.status().state() == ConnectionState.RECONNECTING);
        ConnectorHealth h = connections.health(env("staging", "staging"), "Cluster");
        assertThat(h.state()).isEqualTo(HealthState.DEGRADED);
        assertThat(h.detail()).startsWith("reconnecting");
        staging.restart();
    }

    @Test
    void withoutAnOpenConnectionHealthAsksTheServerOnce() {
        assertThat(connections.health(env("prod", "prod"), "Cluster").state()).isEqualTo(HealthState.OK);
        prod.stop();
        ConnectorHealth down = connections.health(env("prod", "prod"), "Cluster");
        assertThat(down.state()).isEqualTo(HealthState.DOWN);
        assertThat(down.detail()).contains("cannot reach").contains(String.valueOf(prod.port()));
        prod.restart();
    }

    @Test
    void anUnknownContextIsDownWithTheKubeconfigsWords() throws Exception {
        ConnectorHealth h = connections.health(env("qa", "qa-eu-1"), "Cluster");
        assertThat(h.state()).isEqualTo(HealthState.DOWN);
        assertThat(h.detail()).contains("context 'qa-eu-1' is not in").contains("staging, prod");
        Files.writeString(dir.resolve("b"), "apiVersion: v1\ncontexts: [broken\n");
        assertThat(connections.health(env("prod", "prod"), "Cluster").detail()).contains("not valid YAML");
    }
}
