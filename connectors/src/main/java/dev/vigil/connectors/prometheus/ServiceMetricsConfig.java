package dev.vigil.connectors.prometheus;

import dev.vigil.environments.ServiceSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A service's {@code metrics:} mapping read as metrics settings. The mapping is flat (key → text) so
 * the environments file keeps one shape: reserved keys ({@code convention}, {@code selector},
 * {@code pod}, {@code statusLabel}, {@code window}, {@code tiles}), per-tile suffixes ({@code <key>.warn},
 * {@code <key>.critical}, {@code <key>.unit}, {@code <key>.title}), and every other key is a PromQL
 * template: it replaces the built-in tile of that key or adds a custom tile.
 */
public record ServiceMetricsConfig(Optional<Convention> convention, String selector, String pod, String statusLabel, String window,
                                   List<String> compactKeys, Map<String, String> queries,
                                   Map<String, Map<String, String>> tileOptions) {

    public static final Set<String> RESERVED = Set.of("convention", "selector", "pod", "statusLabel", "window", "tiles");
    public static final Set<String> SUFFIXES = Set.of("warn", "critical", "unit", "title");
    public static final List<String> DEFAULT_COMPACT = List.of(
            "requests_per_minute", "latency_p95", "error_ratio", "errors_per_minute", "cpu_cores", "memory_working_set");

    public static ServiceMetricsConfig of(ServiceSpec service) {
        Map<String, String> m = service.metrics();
        String selector = m.getOrDefault("selector",
                "service=\"{service}\"" + (service.namespace() == null ? "" : ",namespace=\"{namespace}\""));
        String pod = m.getOrDefault("pod", "{service}-.*");
        List<String> compact = m.containsKey("tiles") ? splitList(m.get("tiles")) : DEFAULT_COMPACT;
        Map<String, String> queries = new LinkedHashMap<>();
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        m.keySet().stream().sorted().forEach(key -> {
            if (RESERVED.contains(key)) {
                return;
            }
            int dot = key.lastIndexOf('.');
            if (dot > 0 && SUFFIXES.contains(key.substring(dot + 1))) {
                options.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<>()).put(key.substring(dot + 1), m.get(key));
            } else {
                queries.put(key, m.get(key));
            }
        });
        return new ServiceMetricsConfig(Convention.byKey(m.get("convention")), selector, pod, m.get("statusLabel"),
                m.getOrDefault("window", "1m"),
                compact, queries, options);
    }

    /** The option {@code <key>.<name>} (e.g. {@code error_ratio.warn}), if set. */
    public Optional<String> option(String key, String name) {
        return Optional.ofNullable(tileOptions.getOrDefault(key, Map.of()).get(name));
    }

    /** Thresholds from the file, falling back to the built-in ones; unparsable numbers count as unset. */
    public Thresholds thresholds(String key, Thresholds defaults) {
        Double warn = option(key, "warn").map(ServiceMetricsConfig::number).orElse(defaults.warn());
        Double critical = option(key, "critical").map(ServiceMetricsConfig::number).orElse(defaults.critical());
        return new Thresholds(warn, critical);
    }

    private static Double number(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> splitList(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
