package dev.vigil.sandbox;

import dev.vigil.connectors.credentials.EnvironmentVariableCredentials;
import dev.vigil.connectors.logs.FollowedId;
import dev.vigil.connectors.logs.LogHit;
import dev.vigil.connectors.logs.LogOrder;
import dev.vigil.connectors.logs.LogPage;
import dev.vigil.connectors.logs.LogQuery;
import dev.vigil.connectors.logs.LogSource;
import dev.vigil.connectors.logs.OpenSearchLogSources;
import dev.vigil.connectors.prometheus.MetricsSource;
import dev.vigil.connectors.prometheus.PromClientSettings;
import dev.vigil.connectors.prometheus.PrometheusSources;
import dev.vigil.connectors.prometheus.QueryListener;
import dev.vigil.connectors.prometheus.TileSpec;
import dev.vigil.environments.Environment;
import dev.vigil.environments.EnvironmentsFile;
import dev.vigil.environments.LoadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole sandbox on this machine, read through the console's own connectors: the environments file
 * it writes, metrics through the real Prometheus that agree with the fleet's traffic, logs through the
 * real OpenSearch node in which one trace id crosses the services in causal order.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedSandbox.class)
class SandboxTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static Sandbox sandbox;
    private static Instant started;
    private static Environment env;

    @BeforeAll
    static void start(SharedSandbox.Running running) {
        sandbox = running.sandbox();
        started = running.started();
        env = environment(sandbox);
    }

    /** The sandbox's environment, as the console reads it from the file the sandbox wrote. */
    static Environment environment(Sandbox sandbox) {
        LoadResult loaded = EnvironmentsFile.load(sandbox.environmentsFile());
        return loaded.config().environments().stream().filter(e -> e.name().equals("sandbox")).findFirst().orElseThrow();
    }

    @Test
    void everyServerRunsAndTheEnvironmentPointsAtThem() {
        assertThat(sandbox.report()).allSatisfy(p -> assertThat(p.url()).as(p.name() + ": " + p.note()).isPresent());
        assertThat(env.prometheus().url()).isEqualTo(sandbox.parts().get("prometheus").url().orElseThrow());
        assertThat(env.logs().endpoint().url()).isEqualTo(sandbox.parts().get("logs").url().orElseThrow());
        assertThat(env.kubeContext()).isEqualTo(Sandbox.CONTEXT);
        assertThat(env.alerting().endpoint().url()).isEqualTo(sandbox.parts().get("alerting").url().orElseThrow());
        assertThat(env.services()).hasSize(6);
    }

    @Test
    void requestsPerMinuteThroughPrometheusAgreeWithTheFleet() throws Exception {
        MetricsSource metrics = new PrometheusSources(EnvironmentVariableCredentials.fromSystem(), PromClientSettings.DEFAULTS,
                QueryListener.NONE).open(env).orElseThrow();
        var payments = env.services().stream().filter(s -> s.name().equals("payments")).findFirst().orElseThrow();
        TileSpec rpm = metrics.tiles(payments).get(10, TimeUnit.SECONDS).stream()
                .filter(t -> t.key().equals("requests_per_minute")).findFirst().orElseThrow();
        // A rate needs its whole window of samples (30 s in the sandbox's file) before it reads true.
        Instant full = started.plusSeconds(38);
        while (CLOCK.instant().isBefore(full)) {
            Thread.sleep(500);
        }
        double value = metrics.valueAt(rpm, CLOCK.instant()).get(10, TimeUnit.SECONDS);
        double truth = sandbox.fleet().requestsPerMinute("payments", CLOCK.instant());
        assertThat(value).as("payments requests per minute").isCloseTo(truth, within(truth * 0.15));
    }

    @Test
    void eachPodsCpuAndMemoryThroughPrometheusAgreeWithTheFleet() throws Exception {
        // The sandbox's rate window (30 s) rather than the console's minute, so the test waits half as long.
        try (var client = new dev.vigil.connectors.prometheus.PromQueryClient(env.prometheus().url(), null, PromClientSettings.DEFAULTS)) {
            var usage = new dev.vigil.connectors.prometheus.PrometheusPodUsage(client, CLOCK, Duration.ofSeconds(30));
            Instant full = started.plusSeconds(38);
            while (CLOCK.instant().isBefore(full)) {
                Thread.sleep(500);
            }
            var figures = usage.usage(Set.of("payments")).get(10, TimeUnit.SECONDS);
            Instant now = CLOCK.instant();
            var pods = sandbox.fleet().pods("payments");
            assertThat(figures).hasSize(pods.size());
            for (var pod : pods) {
                var u = figures.get(pod.key());
                assertThat(u).as(pod.key()).isNotNull();
                double cpu = sandbox.fleet().cpuCores(pod, now) * sandbox.fleet().spread(pod);
                double memory = sandbox.fleet().memoryMb(pod, now) * sandbox.fleet().spread(pod) * 1024 * 1024;
                assertThat(u.cpuCores()).as(pod.key() + " CPU cores").isCloseTo(cpu, within(cpu * 0.15));
                assertThat(u.memoryBytes()).as(pod.key() + " memory").isCloseTo(memory, within(memory * 0.05));
            }
            // Replicas differ a little, as real ones do, so the table's rows and the chart's lines can be told apart.
            assertThat(figures.values().stream().mapToDouble(dev.vigil.connectors.kubernetes.PodUsage::memoryBytes).distinct().count())
                    .isEqualTo(pods.size());
        }
    }

    @Test
    void aTraceIdCrossesTheServicesInCausalOrderInOpenSearch() throws Exception {
        try (LogSource logs = new OpenSearchLogSources(EnvironmentVariableCredentials.fromSystem(), CLOCK).open(env).orElseThrow()) {
            Instant now = CLOCK.instant();
            LogPage page = logs.search(new LogQuery("", now.minus(Duration.ofMinutes(30)), now, Set.of("payments"), Set.of(),
                    LogOrder.NEWEST_FIRST, 50));
            assertThat(page.hits()).isNotEmpty();
            String trace = page.hits().getFirst().traceId();

            List<LogHit> story = logs.follow(FollowedId.TRACE, trace, now.minus(Duration.ofMinutes(31)), now, 200);

            List<String> services = story.stream().map(LogHit::service).distinct().toList();
            assertThat(services).startsWith("gateway", "checkout").contains("payments");
            assertThat(story).isSortedAccordingTo(java.util.Comparator.comparing(LogHit::at));
        }
    }

    @Test
    void aDrillsPageReachesAlertmanagerLabelledAsADrill() throws Exception {
        var source = new dev.vigil.connectors.alerting.AlertSources(EnvironmentVariableCredentials.fromSystem(),
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(), java.util.concurrent.Executors.newSingleThreadExecutor(), CLOCK)
                .open(env).orElseThrow();
        java.util.concurrent.atomic.AtomicReference<List<dev.vigil.connectors.alerting.Alert>> seen = new java.util.concurrent.atomic.AtomicReference<>(List.of());
        source.start(new dev.vigil.connectors.alerting.AlertListener() {
            @Override
            public void onAlerts(List<dev.vigil.connectors.alerting.Alert> alerts) {
                seen.set(alerts);
            }

            @Override
            public void onState(dev.vigil.connectors.alerting.AlertFeedState state) {
            }
        });
        try {
            sandbox.fleet().drills().start(dev.vigil.connectors.demo.DrillScenarios.GATEWAY_CERTIFICATE, CLOCK.instant(), 5);
            long end = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < end && seen.get().stream().noneMatch(a -> "gateway-certificate".equals(a.labels().get("drill")))) {
                source.refresh();
                Thread.sleep(1000);
            }
            assertThat(seen.get()).filteredOn(a -> "gateway-certificate".equals(a.labels().get("drill"))).first().satisfies(a -> {
                assertThat(a.title()).isEqualTo("TLS certificate of api.demo.example expires soon");
                assertThat(a.service()).isEqualTo("gateway");
                assertThat(a.priority()).isEqualTo(dev.vigil.connectors.alerting.AlertPriority.P3);
            });
        } finally {
            sandbox.fleet().drills().end(CLOCK.instant());
            source.close();
        }
    }
}
