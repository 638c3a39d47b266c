package dev.vigil.connectors.prometheus;

import dev.vigil.environments.ServiceSpec;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A running Prometheus scraping a few {@link TestHttpService}s every second: what connector, view
 * model and benchmark runs start once and share. Service {@code i} is named {@code svc-i} in
 * namespace {@code test}.
 */
public final class PrometheusFixture implements AutoCloseable {

    private final List<TestHttpService> services = new ArrayList<>();
    private final LocalPrometheus prometheus;

    public PrometheusFixture(int serviceCount, int perSecond, int errorEvery) throws IOException {
        LocalPrometheus.binary(); // fail with the install hint before starting anything
        List<LocalPrometheus.Target> targets = new ArrayList<>();
        try {
            for (int i = 0; i < serviceCount; i++) {
                TestHttpService s = new TestHttpService(perSecond, errorEvery);
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
