package dev.vigil.connectors.prometheus;

import dev.vigil.environments.ServiceSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in tiles of a service for a {@link Convention}, with the service's own templates and
 * thresholds from the environments file laid over them, placeholders filled in.
 *
 * <p>Placeholders: {@code {service}}, {@code {namespace}}, {@code {pod}} (a regex of the service's pod
 * names), {@code {selector}} (label matchers of its HTTP series), {@code {containers}} (matchers of its
 * containers in cAdvisor), {@code {status}} (the status-code label), {@code {window}} (the rate window:
 * at least four scrape intervals), and {@code {by}} /
 * {@code {by_le}}: empty for the tile's single figure, {@code by (pod, instance)} (plus {@code le}) for
 * the chart's one line per pod. {@code sum (x)} and {@code sum by (le) (x)} are valid PromQL, so one
 * template serves both.
 */
public final class MetricTemplates {

    private record Builtin(String key, String title, MetricUnit unit, String template, Thresholds thresholds) {
    }

    private static final String BREAKDOWN = "pod, instance";

    private MetricTemplates() {
    }

    /** Every tile of the service, built-ins first (in the order an operator reads them), then custom ones. */
    public static List<TileSpec> tiles(ServiceSpec service, Convention convention, String detectedStatusLabel) {
        ServiceMetricsConfig config = ServiceMetricsConfig.of(service);
        String status = config.statusLabel() != null ? config.statusLabel()
                : detectedStatusLabel != null ? detectedStatusLabel : convention.statusLabel();
        Map<String, String> templates = new LinkedHashMap<>();
        Map<String, Builtin> builtins = new LinkedHashMap<>();
        for (Builtin b : builtins(convention)) {
            builtins.put(b.key(), b);
            templates.put(b.key(), b.template());
        }
        templates.putAll(config.queries());
        List<TileSpec> tiles = new ArrayList<>();
        for (Map.Entry<String, String> e : templates.entrySet()) {
            String key = e.getKey();
            Builtin builtin = builtins.get(key);
            String title = config.option(key, "title").orElse(builtin != null ? builtin.title() : humanise(key));
            MetricUnit unit = config.option(key, "unit").map(MetricUnit::parse)
                    .orElse(builtin != null ? builtin.unit() : MetricUnit.NONE);
            Thresholds thresholds = config.thresholds(key, builtin != null ? builtin.thresholds() : Thresholds.NONE);
            tiles.add(new TileSpec(service.name(), key, title, unit,
                    expand(e.getValue(), service, config, status, ""),
                    expand(e.getValue(), service, config, status, BREAKDOWN),
                    thresholds, config.compactKeys().contains(key)));
        }
        return tiles;
    }

    static String expand(String template, ServiceSpec service, ServiceMetricsConfig config, String status, String by) {
        String namespace = service.namespace() == null ? "" : service.namespace();
        String containers = (service.namespace() == null ? "" : "namespace=\"{namespace}\",")
                + "pod=~\"{pod}\",container!=\"\",container!=\"POD\"";
        return template
                .replace("{selector}", config.selector())
                .replace("{containers}", containers)
                .replace("{pod}", config.pod())
                .replace("{service}", service.name())
                .replace("{namespace}", namespace)
                .replace("{status}", status)
                .replace("{window}", config.window())
                .replace("{by_le}", by.isEmpty() ? "by (le)" : "by (le, " + by + ")")
                .replace("{by}", by.isEmpty() ? "" : "by (" + by + ")");
    }

    private static List<Builtin> builtins(Convention c) {
        String requests = c.requestCounter() + "{{selector}}";
        String errors = c.requestCounter() + "{{selector},{status}=~\"5..\"}";
        String h = c.durationHistogram();
        List<Builtin> list = new ArrayList<>();
        list.add(new Builtin("requests_per_minute", "Requests", MetricUnit.REQUESTS_PER_MINUTE,
                "sum {by} (rate(" + requests + "[{window}])) * 60", Thresholds.NONE));
        // "or ... * 0": a service without any 5xx has no error series; it should read 0, not "no data".
        list.add(new Builtin("errors_per_minute", "Errors", MetricUnit.ERRORS_PER_MINUTE,
                "(sum {by} (rate(" + errors + "[{window}])) or sum {by} (rate(" + requests + "[{window}])) * 0) * 60", Thresholds.NONE));
        list.add(new Builtin("error_ratio", "Error ratio", MetricUnit.RATIO,
                "(sum {by} (rate(" + errors + "[{window}])) or sum {by} (rate(" + requests + "[{window}])) * 0)"
                        + " / sum {by} (rate(" + requests + "[{window}]))", new Thresholds(0.01, 0.05)));
        list.add(new Builtin("latency_avg", "Latency avg", MetricUnit.SECONDS,
                "sum {by} (rate(" + h + "_sum{{selector}}[{window}])) / sum {by} (rate(" + h + "_count{{selector}}[{window}]))", Thresholds.NONE));
        list.add(new Builtin("latency_p95", "Latency p95", MetricUnit.SECONDS,
                "histogram_quantile(0.95, sum {by_le} (rate(" + h + "_bucket{{selector}}[{window}])))", Thresholds.NONE));
        list.add(new Builtin("latency_p99", "Latency p99", MetricUnit.SECONDS,
                "histogram_quantile(0.99, sum {by_le} (rate(" + h + "_bucket{{selector}}[{window}])))", Thresholds.NONE));
        c.maxGauge().ifPresent(max -> list.add(new Builtin("latency_max", "Latency max", MetricUnit.SECONDS,
                "max {by} (" + max + "{{selector}})", Thresholds.NONE)));
        list.add(new Builtin("cpu_cores", "CPU", MetricUnit.CORES,
                "sum {by} (rate(container_cpu_usage_seconds_total{{containers}}[{window}]))", Thresholds.NONE));
        list.add(new Builtin("cpu_of_limit", "CPU of limit", MetricUnit.RATIO,
                "sum {by} (rate(container_cpu_usage_seconds_total{{containers}}[{window}]))"
                        + " / sum {by} (container_spec_cpu_quota{{containers}} / container_spec_cpu_period{{containers}})",
                new Thresholds(0.8, 0.95)));
        list.add(new Builtin("memory_working_set", "Memory", MetricUnit.BYTES,
                "sum {by} (container_memory_working_set_bytes{{containers}})", Thresholds.NONE));
        list.add(new Builtin("memory_of_limit", "Memory of limit", MetricUnit.RATIO,
                "sum {by} (container_memory_working_set_bytes{{containers}})"
                        + " / sum {by} (container_spec_memory_limit_bytes{{containers}} > 0)", new Thresholds(0.8, 0.95)));
        return list;
    }

    private static String humanise(String key) {
        String words = key.replace('_', ' ').replace('-', ' ').trim();
        return words.isEmpty() ? key : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
