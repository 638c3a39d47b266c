package dev.vigil.connectors.alerting;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alertmanager API v2 alerts ({@code GET /api/v2/alerts}) as {@link Alert}s. Labels say what it
 * is (service from {@code service}, {@code app} or {@code job}; priority from {@code priority} or
 * {@code severity}), annotations say what to read ({@code summary}, {@code description},
 * {@code runbook_url}).
 */
final class AlertmanagerParser {

    private static final List<String> SERVICE_LABELS = List.of("service", "app", "app_kubernetes_io_name", "job");

    private AlertmanagerParser() {
    }

    static List<Alert> alerts(JsonNode array) {
        List<Alert> out = new ArrayList<>();
        for (JsonNode a : array) {
            out.add(alert(a));
        }
        return out;
    }

    static Alert alert(JsonNode a) {
        Map<String, String> labels = strings(a.path("labels"));
        Map<String, String> annotations = strings(a.path("annotations"));
        String alertname = labels.getOrDefault("alertname", "");
        String title = firstOf(annotations, "summary", "title");
        if (title.isEmpty()) {
            title = alertname;
        }
        JsonNode status = a.path("status");
        List<String> silencedBy = texts(status.path("silencedBy"));
        List<String> inhibitedBy = texts(status.path("inhibitedBy"));
        boolean suppressed = "suppressed".equals(status.path("state").asText());
        Map<String, String> details = new LinkedHashMap<>(annotations);
        if (!inhibitedBy.isEmpty()) {
            details.put("inhibited by", String.join(", ", inhibitedBy));
        }
        List<String> receivers = new ArrayList<>();
        for (JsonNode r : a.path("receivers")) {
            receivers.add(r.path("name").asText());
        }
        Instant startsAt = AlertHttp.instant(a.path("startsAt"));
        Instant updatedAt = AlertHttp.instant(a.path("updatedAt"));
        String service = "";
        for (String key : SERVICE_LABELS) {
            if (!labels.getOrDefault(key, "").isBlank()) {
                service = labels.get(key);
                break;
            }
        }
        return new Alert(a.path("fingerprint").asText(), title, firstOf(annotations, "description", "message"),
                AlertPriority.fromSeverity(labels.getOrDefault("priority", labels.get("severity"))),
                suppressed ? AlertStatus.SNOOZED : AlertStatus.OPEN,
                source(labels, a.path("generatorURL").asText("")), service, receivers, labels, 1,
                startsAt, updatedAt, "", "", details, links(annotations, a.path("generatorURL").asText("")), silencedBy);
    }

    private static String source(Map<String, String> labels, String generatorUrl) {
        if (!labels.getOrDefault("prometheus", "").isBlank()) {
            return labels.get("prometheus");
        }
        try {
            String host = generatorUrl.isBlank() ? null : java.net.URI.create(generatorUrl).getHost();
            return host == null ? "Alertmanager" : host;
        } catch (IllegalArgumentException e) {
            return "Alertmanager";
        }
    }

    private static List<AlertLink> links(Map<String, String> annotations, String generatorUrl) {
        List<AlertLink> links = new ArrayList<>();
        String runbook = firstOf(annotations, "runbook_url", "runbook");
        if (!runbook.isEmpty()) {
            links.add(new AlertLink("Runbook", runbook));
        }
        String dashboard = firstOf(annotations, "dashboard_url", "dashboard", "grafana_url");
        if (!dashboard.isEmpty()) {
            links.add(new AlertLink("Dashboard", dashboard));
        }
        if (!generatorUrl.isBlank()) {
            links.add(new AlertLink("Generator", generatorUrl));
        }
        return links;
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> m = new LinkedHashMap<>();
        object.properties().forEach(e -> m.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        return m;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }

    private static String firstOf(Map<String, String> m, String... keys) {
        for (String k : keys) {
            String v = m.get(k);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
