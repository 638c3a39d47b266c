package dev.vigil.environments;

import java.util.Map;

/**
 * A service of the catalogue: where its pods run, how to select them, its PromQL templates by metric
 * key (placeholders {service}, {namespace}, {pod}) and its availability target (null: the default).
 */
public record ServiceSpec(String name, String namespace, Map<String, String> labels,
                          Map<String, String> metrics, Double availabilityTarget) {
    public ServiceSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("service name is required");
        }
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    public static ServiceSpec named(String name, String namespace) {
        return new ServiceSpec(name, namespace, Map.of("app", name), Map.of(), null);
    }
}
