package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The pods filter as k9s users type it: words match name, namespace, node, owner or status
 * (all words must match); {@code -l app=checkout,tier!=web} selects labels; {@code ns:payments}
 * (or {@code ns:a,b}) picks namespaces; {@code status:!Running} keeps or drops statuses;
 * {@code node:worker-3} keeps the pods of nodes (the Nodes tab opens a node's pods this way).
 */
public record PodFilter(List<String> words, Map<String, String> labels, Map<String, String> notLabels, List<String> hasLabels,
                        List<String> namespaces, List<String> statuses, List<String> notStatuses, List<String> nodes)
        implements Predicate<PodSummary> {

    public static final PodFilter ALL = parse("");

    public static PodFilter parse(String text) {
        List<String> words = new ArrayList<>();
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        Map<String, String> notLabels = new java.util.LinkedHashMap<>();
        List<String> hasLabels = new ArrayList<>();
        List<String> namespaces = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        List<String> notStatuses = new ArrayList<>();
        List<String> nodes = new ArrayList<>();
        String[] tokens = text == null ? new String[0] : text.trim().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty()) {
                continue;
            }
            if (t.equals("-l") && i + 1 < tokens.length) {
                selector(tokens[++i], labels, notLabels, hasLabels);
            } else if (t.startsWith("-l") && t.length() > 2) {
                selector(t.substring(2), labels, notLabels, hasLabels);
            } else if (lower(t).startsWith("ns:") || lower(t).startsWith("namespace:")) {
                for (String ns : t.substring(t.indexOf(':') + 1).split(",")) {
                    if (!ns.isBlank()) {
                        namespaces.add(ns);
                    }
                }
            } else if (lower(t).startsWith("node:")) {
                for (String n : t.substring(5).split(",")) {
                    if (!n.isBlank()) {
                        nodes.add(n);
                    }
                }
            } else if (lower(t).startsWith("status:")) {
                for (String s : t.substring(7).split(",")) {
                    if (s.startsWith("!") && s.length() > 1) {
                        notStatuses.add(lower(s.substring(1)));
                    } else if (!s.isBlank()) {
                        statuses.add(lower(s));
                    }
                }
            } else {
                words.add(lower(t));
            }
        }
        return new PodFilter(List.copyOf(words), Map.copyOf(labels), Map.copyOf(notLabels), List.copyOf(hasLabels), List.copyOf(namespaces),
                List.copyOf(statuses), List.copyOf(notStatuses), List.copyOf(nodes));
    }

    private static void selector(String expr, Map<String, String> labels, Map<String, String> notLabels, List<String> hasLabels) {
        for (String part : expr.split(",")) {
            int ne = part.indexOf("!=");
            int eq = part.indexOf('=');
            if (ne > 0) {
                notLabels.put(part.substring(0, ne), part.substring(ne + 2));
            } else if (eq > 0) {
                labels.put(part.substring(0, eq), part.substring(part.startsWith("==", eq) ? eq + 2 : eq + 1));
            } else if (!part.isBlank()) {
                hasLabels.add(part);
            }
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    public boolean matchesAll() {
        return words.isEmpty() && labels.isEmpty() && notLabels.isEmpty() && hasLabels.isEmpty() && namespaces.isEmpty()
                && statuses.isEmpty() && notStatuses.isEmpty() && nodes.isEmpty();
    }

    @Override
    public boolean test(PodSummary pod) {
        if (!namespaces.isEmpty() && !namespaces.contains(pod.namespace())) {
            return false;
        }
        if (!nodes.isEmpty() && (pod.node() == null || !nodes.contains(pod.node()))) {
            return false;
        }
        String status = lower(pod.status());
        String health = lower(pod.health().name());
        if (!statuses.isEmpty() && statuses.stream().noneMatch(s -> status.equals(s) || health.equals(s))) {
            return false;
        }
        if (notStatuses.stream().anyMatch(s -> status.equals(s) || health.equals(s))) {
            return false;
        }
        for (var e : labels.entrySet()) {
            String v = pod.labels().get(e.getKey());
            if (!e.getValue().equals(v)) {
                return false;
            }
        }
        for (String key : hasLabels) {
            if (!pod.labels().containsKey(key)) {
                return false;
            }
        }
        for (var e : notLabels.entrySet()) {
            if (e.getValue().equals(pod.labels().get(e.getKey()))) {
                return false;
            }
        }
        if (words.isEmpty()) {
            return true;
        }
        String hay = lower(pod.namespace() + " " + pod.name() + " " + pod.statusText() + " "
                + (pod.node() == null ? "" : pod.node()) + " " + pod.ownerText());
        for (String w : words) {
            if (!hay.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
