package dev.vigil.connectors.prometheus;

import java.util.ArrayList;
import java.util.List;
import java.time.Duration;

/**
 * Runs the real Prometheus over a few lively test services until killed, for screenshots and trying
 * the Metrics section by hand: {@code LocalPrometheusMain SERVICE...} prints the URL to point an
 * environment at (services get namespace {@code test}, and their pods cAdvisor-style container series).
 */
public final class LocalPrometheusMain {

    private static final double MIB = 1024 * 1024;

    private LocalPrometheusMain() {
    }

    public static void main(String[] args) throws Exception {
        List<LocalPrometheus.Target> targets = new ArrayList<>();
        List<TestHttpService> services = new ArrayList<>();
        int i = 0;
        for (String name : args) {
            TestHttpService s = new TestHttpService(15 + 17 * i, i % 3 == 2 ? 9 : 40 + i, true)
                    .withContainers(new TestHttpService.Pods(name, 2 + i % 3, 0.1 + 0.05 * i, 1.0, (200 + 20 * i) * MIB, 512 * MIB));
            services.add(s);
            targets.add(new LocalPrometheus.Target(s.address(), name, "test"));
            i++;
        }
        LocalPrometheus prometheus = LocalPrometheus.start(targets, Duration.ofSeconds(1));
        System.out.println(prometheus.url());
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                prometheus.close();
            } catch (Exception e) {
                // exiting anyway
            }
            services.forEach(TestHttpService::close);
        }));
        Thread.currentThread().join();
    }
}
