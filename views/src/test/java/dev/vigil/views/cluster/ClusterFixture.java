package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.KubeConnections;
import dev.vigil.connectors.kubernetes.Kubeconfig;
import dev.vigil.connectors.kubernetes.MockCluster;
import dev.vigil.environments.AlertingSettings;
import dev.vigil.environments.Environment;
import dev.vigil.environments.Tier;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A mock cluster, a kubeconfig for it and the executors the view models need; closed after each test. */
final class ClusterFixture implements AutoCloseable {

    final MockCluster cluster = new MockCluster();
    final KubernetesClient seed = cluster.client();
    final ExecutorService io = Executors.newFixedThreadPool(2, named("fixture-io"));
    final ScheduledExecutorService timer = Executors.newScheduledThreadPool(1, named("fixture-timer"));
    final KubeConnections connections;
    final Path kubeconfig;

    ClusterFixture(Path dir) throws Exception {
        kubeconfig = cluster.writeKubeconfig(dir.resolve("kubeconfig"), "mock", "shop");
        connections = new KubeConnections(() -> Kubeconfig.load(List.of(kubeconfig)), timer, Clock.systemUTC());
    }

    private static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    static Environment environment(Tier tier) {
        return new Environment(tier == Tier.PRODUCTION ? "prod" : "staging", tier, false, "mock", null, null,
                AlertingSettings.NONE, List.of());
    }

    /** Polls a condition on the FX thread until it holds (20 s at most). */
    static void fxAwait(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            boolean ok;
            try {
                ok = WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            if (ok) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            WaitForAsyncUtils.sleep(30, TimeUnit.MILLISECONDS);
        }
    }

    static <T> T onFx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        connections.close();
        seed.close();
        cluster.close();
        io.shutdownNow();
        timer.shutdownNow();
    }
}
