package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.PrometheusFixture;
import dev.vigil.environments.Endpoint;
import dev.vigil.environments.Environment;
import dev.vigil.environments.ServiceSpec;
import dev.vigil.environments.Tier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.List;
import java.util.Map;

/**
 * One real Prometheus for all metrics view tests of a run (starting one costs ~15 s): two test services,
 * 20 requests a second each, every tenth failing. Tests take it as a {@link PrometheusFixture}
 * parameter; it is closed when the test run ends.
 */
final class SharedPrometheus implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PrometheusFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return get(context);
    }

    static PrometheusFixture get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedPrometheus.class, k -> start(), Holder.class).fixture();
    }

    private record Holder(PrometheusFixture fixture) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Throwable {
            fixture.close();
        }
    }

    private static Holder start() {
        try {
            PrometheusFixture fixture = new PrometheusFixture(2, 20, 10);
            fixture.awaitHistory(12);
            return new Holder(fixture);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** An environment on the fixture; a 10 s rate window suits its 1 s scrapes. */
    static Environment environment(PrometheusFixture fixture, Map<String, String> extraMetricsOfFirst) {
        Map<String, String> first = new java.util.HashMap<>(Map.of("window", "10s"));
        first.putAll(extraMetricsOfFirst);
        return new Environment("local", Tier.SANDBOX, false, null, new Endpoint(fixture.prometheus().url(), null), null, null,
                List.of(new ServiceSpec(PrometheusFixture.serviceName(0), "test", Map.of(), first, null),
                        new ServiceSpec(PrometheusFixture.serviceName(1), "test", Map.of(), Map.of("window", "10s"), null)));
    }
}
