package dev.vigil.connectors.prometheus;

import dev.vigil.environments.ServiceSpec;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A running Prometheus scraping a few {@link TestHttpService}s every second: what connector, view
 * model and benchmark runs start once and share. Service {@code i} is named {@code svc-i} in
 * namespace {@code test}.
 */
public final class PrometheusFixture implements AutoCloseable {

    private final List<TestHttpService> services = new ArrayList<>();
    private final LocalPrometheus prometheus;

    public PrometheusFixture(int serviceCount, int perSecond, int errorEvery) throws IOException {
        this(IntStream.range(0, serviceCount).map(i -> perSecond).toArray(), errorEvery, i -> null);
    }

    /**
     * Service {@code i} serves {@code perSecond[i]} requests a second (every {@code errorEvery}-th
     * failing) and, unless {@code pods.apply(i)} is null, cAdvisor's series of those pods.
     */
    public PrometheusFixture(int[] perSecond, int errorEvery, IntFunction<TestHttpService.Pods> pods) throws IOException {
        LocalPrometheus.binary(); // fail with the install hint before starting anything
        List<LocalPrometheus.Target> targets = new ArrayList<>();
        try {
            for (int i = 0; i < perSecond.length; i++) {
                TestHttpService s = new TestHttpService(perSecond[i], errorEvery);
                if (pods.apply(i) != null) {
                    s.withContainers(pods.apply(i));
                }
                services.add(s);
                targets.add(new LocalPrometheus.Target(s.address(), serviceName(i), "test"));
            }
            prometheus = LocalPrometheus.start(targets, Duration.ofSeconds(1));
        } catch (IOException | RuntimeException e) {
            services.forEach(TestHttpService::close);
            throw e;
        }
    }

    public static String serviceName(int i) {
        return "svc-" + i;
    }

    /** The catalogue entry of service {@code i}, with extra {@code metrics} keys. */
    public static ServiceSpec spec(int i, Map<String, String> metrics) {
        return new ServiceSpec(serviceName(i), "test", Map.of("app", serviceName(i)), metrics, null);
    }

    public LocalPrometheus prometheus() {
        return prometheus;
    }

    public TestHttpService service(int i) {
        return services.get(i);
    }

    public PromQueryClient client() {
        return new PromQueryClient(prometheus.url(), null, PromClientSettings.DEFAULTS);
    }

    /** Waits until Prometheus has {@code seconds} of scrapes of every service (rate() needs two). */
    public void awaitHistory(int seconds) throws InterruptedException {
        PromQueryClient client = client();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                List<Series> ready = PromQueryClient.await(client.instant(
                        "count(count_over_time(up{namespace=\"test\"}[1m]) >= " + seconds + ")", java.time.Instant.now()));
                if (!ready.isEmpty() && ready.getFirst().lastValue() >= services.size()) {
                    return;
                }
            } catch (PromQueryException e) {
                // not ready yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Prometheus did not collect " + seconds + " s of scrapes within 60 s");
    }

    @Override
    public void close() throws IOException {
        prometheus.close();
        services.forEach(TestHttpService::close);
    }
}
