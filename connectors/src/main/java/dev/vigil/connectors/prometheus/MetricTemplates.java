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

    /** Which series a built-in reads: the service's HTTP metrics (by its selector) or its containers in cAdvisor. */
    private enum Source { HTTP, CONTAINERS }

    private record Builtin(String key, String title, MetricUnit unit, String template, Thresholds thresholds, Source source) {
        Builtin(String key, String title, MetricUnit unit, String template, Thresholds thresholds) {
            this(key, title, unit, template, thresholds, template.contains("{containers}") ? Source.CONTAINERS : Source.HTTP);
        }
    }

    /** A tile with the query that can answer it together with the same tile of other services, or null. */
    record Templated(TileSpec tile, SharedQuery shared) {
    }

    private static final String BREAKDOWN = "pod, instance";
    /** The label a shared container query puts the service name in (cAdvisor series may carry a "service" of their own). */
    static final String CONTAINER_SERVICE_LABEL = "vigil_service";

    private MetricTemplates() {
    }

    /** Every tile of the service, built-ins first (in the order an operator reads them), then custom ones. */
    public static List<TileSpec> tiles(ServiceSpec service, Convention convention, String detectedStatusLabel) {
        return templated(service, convention, detectedStatusLabel).stream().map(Templated::tile).toList();
    }

    /**
     * As {@link #tiles}, each with its {@link SharedQuery} when one query can answer it for several services:
     * built-in tiles of services that keep the default selector (HTTP tiles) or pod pattern (container tiles).
     */
    static List<Templated> templated(ServiceSpec service, Convention convention, String detectedStatusLabel) {
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
        List<Templated> tiles = new ArrayList<>();
        for (Map.Entry<String, String> e : templates.entrySet()) {
            String key = e.getKey();
            Builtin builtin = builtins.get(key);
            String title = config.option(key, "title").orElse(builtin != null ? builtin.title() : humanise(key));
            MetricUnit unit = config.option(key, "unit").map(MetricUnit::parse)
                    .orElse(builtin != null ? builtin.unit() : MetricUnit.NONE);
            Thresholds thresholds = config.thresholds(key, builtin != null ? builtin.thresholds() : Thresholds.NONE);
            TileSpec tile = new TileSpec(service.name(), key, title, unit,
                    expand(e.getValue(), service, config, status, ""),
                    expand(e.getValue(), service, config, status, BREAKDOWN),
                    thresholds, config.compactKeys().contains(key));
            boolean builtinQuery = builtin != null && !config.queries().containsKey(key);
            tiles.add(new Templated(tile, builtinQuery ? shared(builtin, service, config, status) : null));
        }
        return tiles;
    }

    /**
     * The built-in's query across services: their names as a regex ({@code {services}}, filled in per
     * refresh) in place of the one service, and a {@code by} that keeps one series per service. Null when
     * the service overrides what the built-in selects by (its own selector or pod pattern).
     */
    private static SharedQuery shared(Builtin b, ServiceSpec service, ServiceMetricsConfig config, String status) {
        Map<String, String> m = service.metrics();
        String namespace = service.namespace() == null ? "" : service.namespace();
        String inNamespace = service.namespace() == null ? "" : "namespace=\"" + namespace + "\",";
        String template;
        String label;
        if (b.source() == Source.HTTP) {
            if (m.containsKey("selector")) {
                return null;
            }
            label = "service";
            template = b.template().replace("{selector}", inNamespace + "service=~\"" + SharedQuery.SERVICES + "\"");
        } else {
            if (m.containsKey("pod")) {
                return null;
            }
            // cAdvisor knows pods, not services: label_replace names each series' service after its pod's prefix.
            label = CONTAINER_SERVICE_LABEL;
            String pods = "(" + SharedQuery.SERVICES + ")-.*";
            template = b.template()
                    .replace("{containers}", inNamespace + "pod=~\"" + pods + "\",container!=\"\",container!=\"POD\"")
                    .replace("{relabel}", "label_replace(")
                    .replace("{/relabel}", ", \"" + label + "\", \"$1\", \"pod\", \"" + pods + "\")");
        }
        template = template
                .replace("{status}", status)
                .replace("{window}", config.window())
                .replace("{by_le}", "by (le, " + label + ")")
                .replace("{by}", "by (" + label + ")");
        return new SharedQuery(template, label);
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
                .replace("{relabel}", "")
                .replace("{/relabel}", "")
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
        // {relabel}…{/relabel} mark what a shared query relabels by pod prefix (see shared()); gone otherwise.
        String cpu = "rate(container_cpu_usage_seconds_total{{containers}}[{window}])";
        String memory = "container_memory_working_set_bytes{{containers}}";
        list.add(new Builtin("cpu_cores", "CPU", MetricUnit.CORES, "sum {by} (" + pods(cpu) + ")", Thresholds.NONE));
        list.add(new Builtin("cpu_of_limit", "CPU of limit", MetricUnit.RATIO,
                "sum {by} (" + pods(cpu) + ")"
                        + " / sum {by} (" + pods("container_spec_cpu_quota{{containers}} / container_spec_cpu_period{{containers}}") + ")",
                new Thresholds(0.8, 0.95)));
        list.add(new Builtin("memory_working_set", "Memory", MetricUnit.BYTES, "sum {by} (" + pods(memory) + ")", Thresholds.NONE));
        list.add(new Builtin("memory_of_limit", "Memory of limit", MetricUnit.RATIO,
                "sum {by} (" + pods(memory) + ")"
                        + " / sum {by} (" + pods("container_spec_memory_limit_bytes{{containers}} > 0") + ")", new Thresholds(0.8, 0.95)));
        return list;
    }

    private static String pods(String expression) {
        return "{relabel}" + expression + "{/relabel}";
    }

    private static String humanise(String key) {
        String words = key.replace('_', ' ').replace('-', ' ').trim();
        return words.isEmpty() ? key : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
