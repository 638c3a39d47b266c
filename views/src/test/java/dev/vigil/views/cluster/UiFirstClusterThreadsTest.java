package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.ClusterEvent;
import dev.vigil.connectors.kubernetes.ClusterListener;
import dev.vigil.connectors.kubernetes.ClusterSource;
import dev.vigil.connectors.kubernetes.ClusterStatus;
import dev.vigil.connectors.kubernetes.DeploymentSummary;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.connectors.kubernetes.TestPods;
import dev.vigil.environments.Tier;
import dev.vigil.views.common.UiFirst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code UiFirst} knows the Kubernetes client's threads by name (Vert.x event loops, Fabric8's pools
 * named after a hash code). If a client upgrade renames them, the console would silently stop lowering
 * them; this test watches a real (mock) cluster through the console's own connector and fails on any
 * thread that connection started which the rule does not lower.
 */
class UiFirstClusterThreadsTest {

    /**
     * The mock server, in this JVM, starts a scheduler with the JDK's default thread names for every watch
     * it serves; the console's client names its threads (Vert.x, Fabric8's hash-named pools). Kernel names
     * are cut at 15 characters: "pool-181-thread".
     */
    private static final Pattern JDK_DEFAULT = Pattern.compile("pool-\\d+(-t\\w*(-\\d*)?|-)?");

    @TempDir
    Path dir;

    @Test
    void everyThreadAClusterWatchStartsIsOneUiFirstLowers() throws Exception {
        try (ClusterFixture f = new ClusterFixture(dir)) {
            f.seed.pods().inNamespace("shop").resource(TestPods.running("shop", "checkout", "a1", 0, Instant.now())).create();
            // The mock server runs in this JVM and starts threads for its first watch: let a watch of the seed client
            // start them, so what is new below is the console's connection alone.
            CountDownLatch seen = new CountDownLatch(1);
            try (var warm = f.seed.pods().inNamespace("shop").watch(new io.fabric8.kubernetes.client.Watcher<>() {
                @Override
                public void eventReceived(Action action, io.fabric8.kubernetes.api.model.Pod pod) {
                    seen.countDown();
                }

                @Override
                public void onClose(io.fabric8.kubernetes.client.WatcherException cause) {
                }
            })) {
                f.seed.pods().inNamespace("shop").resource(TestPods.running("shop", "checkout", "b2", 0, Instant.now())).create();
                assertThat(seen.await(20, TimeUnit.SECONDS)).as("the seed client's watch saw a pod").isTrue();
            }
            Map<Long, String> before = threads();
            ClusterSource source = f.connections.open(ClusterFixture.environment(Tier.SANDBOX));
            CountDownLatch listed = new CountDownLatch(1);
            CountDownLatch changed = new CountDownLatch(1);
            try (AutoCloseable watch = source.watch(new ClusterListener() {
                @Override
                public void pod(String key, PodSummary pod) {
                    if (pod != null && pod.name().endsWith("c3")) {
                        changed.countDown();
                    }
                }

                @Override
                public void podsListed() {
                    listed.countDown();
                }

                @Override
                public void deployment(String key, DeploymentSummary deployment) {
                }

                @Override
                public void event(ClusterEvent event) {
                }

                @Override
                public void status(ClusterStatus status) {
                }
            })) {
                assertThat(listed.await(20, TimeUnit.SECONDS)).as("pods listed").isTrue();
                // A change through the watch too, so the threads that deliver events have started.
                f.seed.pods().inNamespace("shop").resource(TestPods.running("shop", "checkout", "c3", 0, Instant.now())).create();
                assertThat(changed.await(20, TimeUnit.SECONDS)).as("a new pod seen through the watch").isTrue();

                Map<Long, String> started = new HashMap<>(threads());
                started.keySet().removeAll(before.keySet());
                TreeSet<String> notLowered = new TreeSet<>();
                started.values().stream()
                        .filter(name -> !UiFirst.lowers(name) && !name.startsWith("fixture-") && !JDK_DEFAULT.matcher(name).matches())
                        .forEach(notLowered::add);
                assertThat(started).as("the watch started threads of its own").isNotEmpty();
                assertThat(notLowered).as("threads the cluster connection started that UiFirst would not lower (of %s)",
                        new TreeSet<>(started.values())).isEmpty();
            }
        }
    }

    /** This process's threads by id, with the names the kernel knows (15 characters at most), as UiFirst reads them. */
    private static Map<Long, String> threads() throws IOException {
        Map<Long, String> out = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    out.put(Long.parseLong(t.getFileName().toString()), Files.readString(t.resolve("comm")).strip());
                } catch (IOException gone) {
                    // the thread ended meanwhile
                }
            }
        }
        return out;
    }
}
