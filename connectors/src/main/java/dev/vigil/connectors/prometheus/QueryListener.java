package dev.vigil.connectors.prometheus;

/** Told about every finished request, for latency figures (Vigil's own metrics, the tiles benchmark). */
@FunctionalInterface
public interface QueryListener {

    /** {@code endpoint} is "query", "query_range" or "label_values"; any thread, keep it short. */
    void finished(String endpoint, long nanos, PromQueryException.Kind failure);

    QueryListener NONE = (endpoint, nanos, failure) -> { };
}
