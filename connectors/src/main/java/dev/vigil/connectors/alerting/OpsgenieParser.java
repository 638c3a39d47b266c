package dev.vigil.connectors.alerting;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opsgenie-shaped alerts (Opsgenie REST v2 and JSM Ops) as {@link Alert}s. The service comes from
 * the {@code service} detail, a {@code service:NAME} tag or the entity; details whose value is a
 * URL become links (runbook, dashboard).
 */
final class OpsgenieParser {

    private OpsgenieParser() {
    }

    /** The payload of an answer: Opsgenie wraps it in {@code data}, JSM lists in {@code values}, JSM objects are bare. */
    static JsonNode payload(JsonNode body) {
        if (body.has("data")) {
            return body.path("data");
        }
        if (body.has("values")) {
            return body.path("values");
        }
        return body;
    }

    /** Whether a list answer says there is another page. */
    static boolean hasNext(JsonNode body) {
        return !body.path("paging").path("next").asText("").isBlank() || !body.path("links").path("next").asText("").isBlank();
    }

    static Alert alert(JsonNode a, String provider) {
        Map<String, String> details = new LinkedHashMap<>();
        JsonNode extra = a.has("details") ? a.path("details") : a.path("extraProperties");
        details.putAll(AlertmanagerParser.strings(extra));
        List<String> tags = new ArrayList<>();
        for (JsonNode t : a.path("tags")) {
            tags.add(t.asText());
        }
        String service = service(details, tags, a.path("entity").asText(""));
        Map<String, String> shown = new LinkedHashMap<>();
        for (String key : new String[]{"tinyId", "alias", "entity"}) {
            if (!a.path(key).asText("").isBlank()) {
                shown.put(key, a.path(key).asText());
            }
        }
        if (!a.path("integration").path("name").asText("").isBlank()) {
            shown.put("integration", a.path("integration").path("name").asText());
        }
        shown.putAll(details);
        List<AlertLink> links = new ArrayList<>();
        details.forEach((k, v) -> {
            if (v.startsWith("https://") || v.startsWith("http://")) {
                links.add(new AlertLink(linkTitle(k), v));
            }
        });
        Instant created = AlertHttp.instant(a.path("createdAt"));
        Instant last = AlertHttp.instant(a.has("lastOccurredAt") ? a.path("lastOccurredAt") : a.path("lastOccuredAt"));
        JsonNode report = a.path("report");
        String ackBy = report.path("acknowledgedBy").asText("");
        return new Alert(a.path("id").asText(), a.path("message").asText(""), a.path("description").asText(""),
                AlertPriority.fromSeverity(a.path("priority").asText("P3")), status(a),
                a.path("source").asText(provider), service, tags, Map.of(), a.path("count").asInt(1),
                created, last, ackBy, a.path("owner").asText(""), shown, links, List.of());
    }

    private static AlertStatus status(JsonNode a) {
        if ("closed".equalsIgnoreCase(a.path("status").asText())) {
            return AlertStatus.CLOSED;
        }
        if (a.path("snoozed").asBoolean(false)) {
            return AlertStatus.SNOOZED;
        }
        return a.path("acknowledged").asBoolean(false) ? AlertStatus.ACKNOWLEDGED : AlertStatus.OPEN;
    }

    private static String service(Map<String, String> details, List<String> tags, String entity) {
        for (Map.Entry<String, String> e : details.entrySet()) {
            if (e.getKey().equalsIgnoreCase("service") && !e.getValue().isBlank()) {
                return e.getValue();
            }
        }
        for (String t : tags) {
            if (t.toLowerCase(Locale.ROOT).startsWith("service:")) {
                return t.substring("service:".length()).strip();
            }
        }
        return entity;
    }

    private static String linkTitle(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.contains("runbook")) {
            return "Runbook";
        }
        if (k.contains("dashboard") || k.contains("grafana")) {
            return "Dashboard";
        }
        return key;
    }

    /** Notes ({@code note}) or log entries ({@code log}) of an alert, oldest first. */
    static List<AlertEntry> entries(JsonNode list, String textField) {
        List<AlertEntry> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(new AlertEntry(AlertHttp.instant(n.path("createdAt")), n.path("owner").asText(""), n.path(textField).asText("")));
        }
        out.sort(java.util.Comparator.comparing(AlertEntry::at, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return out;
    }
}
