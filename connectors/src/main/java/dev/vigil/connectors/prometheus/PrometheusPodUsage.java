package dev.vigil.connectors.prometheus;

import dev.vigil.connectors.kubernetes.PodUsage;
import dev.vigil.connectors.kubernetes.PodUsageSource;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CPU and memory of every pod from the environment's Prometheus, as cAdvisor (the kubelet's
 * {@code /metrics/cadvisor}) reports them: CPU is the rate (over one minute by default) of
 * {@code container_cpu_usage_seconds_total}, memory is {@code container_memory_working_set_bytes}
 * (what the OOM killer goes by), each summed over the pod's containers. Both come back from one
 * instant query for all pods, told apart by a label the query adds. The pause container
 * ({@code container="POD"}) and the pod-level cgroup series ({@code container=""}) are left out:
 * counting them would count every pod twice.
 */
public final class PrometheusPodUsage implements PodUsageSource {

    static final String FIGURE = "vigil_figure";
    private static final Pattern SAFE_NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    /**
     * One minute, as Lens and {@code kubectl top} (the metrics server's ~1 min resolution) read it: short
     * enough that a pod a rollout just started reads right within a minute (a rate divides the increase by
     * the whole window, so a 5-minute window read a new pod's CPU low for five minutes, just when the
     * first question is whether the new version behaves), long enough to span several scrapes.
     */
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);

    private final PromQueryClient client;
    private final Clock clock;
    private final Duration window;

    public PrometheusPodUsage(PromQueryClient client, Clock clock) {
        this(client, clock, DEFAULT_WINDOW);
    }

    /**
     * With another rate window: Prometheus divides the increase by the whole window, so a window longer
     * than the history it holds reads low (a fresh Prometheus, a test).
     */
    public PrometheusPodUsage(PromQueryClient client, Clock clock, Duration window) {
        this.client = Objects.requireNonNull(client);
        this.clock = Objects.requireNonNull(clock);
        this.window = Objects.requireNonNull(window);
    }

    /** The one query: CPU and memory series of every pod (of these namespaces), each tagged with {@value #FIGURE}. */
    static String query(Set<String> namespaces) {
        return query(namespaces, DEFAULT_WINDOW);
    }

    static String query(Set<String> namespaces, Duration window) {
        String selector = "container!=\"\",container!=\"POD\"";
        Set<String> valid = new TreeSet<>();
        for (String ns : namespaces) {
            if (SAFE_NAMESPACE.matcher(ns).matches()) {
                valid.add(ns);
            }
        }
        if (!valid.isEmpty()) {
            selector += ",namespace=~\"" + String.join("|", valid) + "\"";
        }
        String cpu = "sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{" + selector + "}[" + window.toSeconds() + "s]))";
        String memory = "sum by (namespace, pod) (container_memory_working_set_bytes{" + selector + "})";
        return "label_replace(" + cpu + ", \"" + FIGURE + "\", \"cpu\", \"\", \"\") or label_replace(" + memory + ", \""
                + FIGURE + "\", \"memory\", \"\", \"\")";
    }

    @Override
    public CompletableFuture<Map<String, PodUsage>> usage(Set<String> namespaces) {
        return client.instant(query(namespaces, window), clock.instant()).thenApply(series -> {
            Map<String, double[]> figures = new HashMap<>();
            for (Series s : series) {
                String ns = s.labels().get("namespace");
                String pod = s.labels().get("pod");
                String figure = s.labels().get(FIGURE);
                if (ns == null || pod == null || figure == null) {
                    continue;
                }
                double[] f = figures.computeIfAbsent(ns + "/" + pod, k -> new double[]{Double.NaN, Double.NaN});
                f[figure.equals("cpu") ? 0 : 1] = s.lastValue();
            }
            return figures.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> new PodUsage(e.getValue()[0], e.getValue()[1])));
        });
    }

    @Override
    public String describe() {
        return client.base().toString();
    }

    @Override
    public void close() {
        client.close();
    }
}
