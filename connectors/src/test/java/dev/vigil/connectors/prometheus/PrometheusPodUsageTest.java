package dev.vigil.connectors.prometheus;

import dev.vigil.connectors.kubernetes.PodUsage;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * CPU and memory per pod from a real Prometheus scraping what a kubelet's cAdvisor endpoint exposes:
 * per-container series, plus the pause container and the pod-level cgroup series that must not be
 * counted. One target per namespace (the scrape config labels each target with its namespace).
 */
class PrometheusPodUsageTest {

    private static final double MIB = 1024 * 1024;
    private static final List<HTTPServer> kubelets = new ArrayList<>();
    private static LocalPrometheus prometheus;
    private static final long started = System.nanoTime();
    // Short, so the rate is whole after a few seconds of scrapes (the default 5 minutes would read low).
    private static final Duration WINDOW = Duration.ofSeconds(4);

    /** A kubelet's cAdvisor metrics for the pods of one namespace: {pod, container, cores, MiB}. */
    private static HTTPServer kubelet(String namespace, Object[][] containers) throws Exception {
        PrometheusRegistry registry = new PrometheusRegistry();
        CounterWithCallback.builder().name("container_cpu_usage_seconds_total").help("cpu")
                .labelNames("namespace", "pod", "container")
                .callback(cb -> {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    double podTotal = 0;
                    for (Object[] c : containers) {
                        cb.call(seconds * (double) c[2], namespace, (String) c[0], (String) c[1]);
                        podTotal += (double) c[2];
                    }
                    // What cAdvisor adds besides the app containers: the pause container and the pod's whole cgroup.
                    cb.call(seconds * 0.001, namespace, (String) containers[0][0], "POD");
                    cb.call(seconds * podTotal, namespace, (String) containers[0][0], "");
                }).register(registry);
        GaugeWithCallback.builder().name("container_memory_working_set_bytes").help("memory")
                .labelNames("namespace", "pod", "container")
                .callback(cb -> {
                    for (Object[] c : containers) {
                        cb.call((double) c[3] * MIB, namespace, (String) c[0], (String) c[1]);
                    }
                    cb.call(999 * MIB, namespace, (String) containers[0][0], "");
                }).register(registry);
        return HTTPServer.builder().hostname("127.0.0.1").port(0).registry(registry).buildAndStart();
    }

    @BeforeAll
    static void start() throws Exception {
        LocalPrometheus.binary();
        HTTPServer shop = kubelet("shop", new Object[][]{
                {"checkout-7f9c-a1", "checkout", 0.25, 300.0},
                {"checkout-7f9c-a1", "istio-proxy", 0.05, 60.0},
                {"cart-5c4b-b2", "cart", 1.5, 1024.0}});
        HTTPServer payments = kubelet("payments", new Object[][]{{"ledger-9d8e-c3", "ledger", 0.5, 512.0}});
        kubelets.add(shop);
        kubelets.add(payments);
        prometheus = LocalPrometheus.start(List.of(
                new LocalPrometheus.Target("127.0.0.1:" + shop.getPort(), "kubelet", "shop"),
                new LocalPrometheus.Target("127.0.0.1:" + payments.getPort(), "kubelet", "payments")), Duration.ofSeconds(1));
    }

    @AfterAll
    static void stop() throws Exception {
        prometheus.close();
        kubelets.forEach(HTTPServer::close);
    }

    /** Asks until the rate window is covered by scrapes: from the first answer on, one window and a bit more. */
    private static Map<String, PodUsage> usageOnceRatesExist(PrometheusPodUsage usage, Set<String> namespaces) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        long firstAnswer = 0;
        while (true) {
            Map<String, PodUsage> u = PromQueryClient.await(usage.usage(namespaces));
            boolean answered = !u.isEmpty() && u.values().stream().noneMatch(p -> Double.isNaN(p.cpuCores()));
            if (answered && firstAnswer == 0) {
                firstAnswer = System.nanoTime();
            }
            if (answered && System.nanoTime() - firstAnswer > WINDOW.plusSeconds(2).toNanos() || System.nanoTime() > deadline) {
                return u;
            }
            Thread.sleep(500);
        }
    }

    @Test
    void everyPodGetsItsContainersCpuAndMemorySummedWithoutThePauseContainerOrTheCgroupTotal() throws Exception {
        PrometheusPodUsage usage = new PrometheusPodUsage(new PromQueryClient(prometheus.url(), null, PromClientSettings.DEFAULTS),
                Clock.systemUTC(), WINDOW);
        Map<String, PodUsage> u = usageOnceRatesExist(usage, Set.of());
        assertThat(u).containsOnlyKeys("shop/checkout-7f9c-a1", "shop/cart-5c4b-b2", "payments/ledger-9d8e-c3");
        assertThat(u.get("shop/checkout-7f9c-a1").cpuCores()).as(u.toString()).isCloseTo(0.30, within(0.02));
        assertThat(u.get("shop/checkout-7f9c-a1").memoryBytes()).isEqualTo(360 * MIB);
        assertThat(u.get("shop/cart-5c4b-b2").cpuCores()).isCloseTo(1.5, within(0.05));
        assertThat(u.get("payments/ledger-9d8e-c3").memoryBytes()).isEqualTo(512 * MIB);
        usage.close();
    }

    @Test
    void namespacesNarrowTheOneQuery() throws Exception {
        PrometheusPodUsage usage = new PrometheusPodUsage(new PromQueryClient(prometheus.url(), null, PromClientSettings.DEFAULTS),
                Clock.systemUTC(), WINDOW);
        assertThat(usageOnceRatesExist(usage, Set.of("payments"))).containsOnlyKeys("payments/ledger-9d8e-c3");
        assertThat(PrometheusPodUsage.query(Set.of("payments", "bad\"name"))).contains("namespace=~\"payments\"")
                .doesNotContain("bad");
        usage.close();
    }
}
