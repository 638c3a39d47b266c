package dev.vigil.connectors.kubernetes;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Where the pods table's CPU and memory columns come from: the environment's Prometheus (cAdvisor's
 * container metrics) or the demo fleet. One call answers for every pod at once.
 */
public interface PodUsageSource extends AutoCloseable {

    /**
     * The usage of every pod in these namespaces (empty: all namespaces), keyed by "namespace/name".
     * Completes off the caller's thread; fails with the source's own exception.
     */
    CompletableFuture<Map<String, PodUsage>> usage(Set<String> namespaces);

    /** Where the figures come from, for tooltips and messages. */
    String describe();

    @Override
    default void close() {
    }
}
