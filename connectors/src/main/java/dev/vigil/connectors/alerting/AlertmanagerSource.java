package dev.vigil.connectors.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A Prometheus Alertmanager (API v2). Alertmanager has no acknowledgement: an operator silences an
 * alert (a silence matching all its labels, for a duration, with a comment) and expires the silence
 * again. Resolved alerts leave the list. {@code filter} is a list of matchers such as
 * {@code team="payments", severity=~"critical|high"} (empty for all).
 */
public final class AlertmanagerSource extends PolledAlertSource {

    public static final Duration PERIOD = Duration.ofSeconds(10);

    private final URI base;
    private final AlertHttp http;
    private final List<String> filter;
    private final Clock clock;
    private final Map<String, Alert> latest = new ConcurrentHashMap<>();
    private volatile String version = "";

    public AlertmanagerSource(URI base, String authorization, String filter, ScheduledExecutorService timer, Executor io,
                              Clock clock, Duration period) {
        this.base = withoutTrailingSlash(base);
        this.http = new AlertHttp("Alertmanager", authorization);
        this.filter = matchers(filter);
        this.clock = clock;
        pollEvery(period, timer, io, clock);
    }

    @Override
    public String name() {
        return "Alertmanager at " + base;
    }

    @Override
    public Set<AlertAction> actions() {
        return EnumSet.of(AlertAction.SILENCE, AlertAction.EXPIRE_SILENCE);
    }

    /** Every alert Alertmanager holds now, silenced and inhibited ones included. */
    @Override
    List<Alert> fetch() throws AlertException {
        if (version.isEmpty()) {
            version = http.get(URI.create(base + "/api/v2/status")).path("versionInfo").path("version").asText("");
        }
        StringBuilder query = new StringBuilder("?active=true&silenced=true&inhibited=true&unprocessed=true");
        for (String m : filter) {
            query.append("&filter=").append(URLEncoder.encode(m, StandardCharsets.UTF_8));
        }
        JsonNode body = http.get(URI.create(base + "/api/v2/alerts" + query));
        List<Alert> alerts = AlertmanagerParser.alerts(body);
        latest.clear();
        alerts.forEach(a -> latest.put(a.id(), a));
        return alerts;
    }

    /** The version the server reported on the first poll ("" before). */
    public String version() {
        return version;
    }

    @Override
    public AlertDetails details(String alertId) throws AlertException {
        Alert alert = known(alertId);
        List<AlertEntry> timeline = new ArrayList<>();
        timeline.add(new AlertEntry(alert.createdAt(), alert.source(), "Firing since"));
        for (String silenceId : alert.silencedBy()) {
            JsonNode s = http.get(URI.create(base + "/api/v2/silence/" + silenceId));
            Instant starts = AlertHttp.instant(s.path("startsAt"));
            timeline.add(new AlertEntry(starts, s.path("createdBy").asText(), "Silenced until "
                    + s.path("endsAt").asText() + (s.path("comment").asText().isBlank() ? "" : ": " + s.path("comment").asText())));
        }
        timeline.sort(java.util.Comparator.comparing(AlertEntry::at, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return new AlertDetails(alert, List.of(), timeline);
    }

    private Alert known(String alertId) throws AlertException {
        Alert alert = latest.get(alertId);
        if (alert == null) {
            fetch();
            alert = latest.get(alertId);
        }
        if (alert == null) {
            throw new AlertException(AlertException.Kind.NOT_FOUND, 404, "Alertmanager: alert " + alertId + " is no longer firing");
        }
        return alert;
    }

    @Override
    public ActionOutcome perform(AlertCommand command) {
        try {
            ActionOutcome outcome = switch (command.action()) {
                case SILENCE -> silence(known(command.alertId()), command);
                case EXPIRE_SILENCE -> expire(known(command.alertId()));
                default -> ActionOutcome.unsupported("Alertmanager has no " + command.action().title().toLowerCase(java.util.Locale.ROOT)
                        + ": silence the alert instead");
            };
            refresh();
            return outcome;
        } catch (AlertException e) {
            return ActionOutcome.failed(e);
        }
    }

    private ActionOutcome silence(Alert alert, AlertCommand command) throws AlertException {
        ObjectNode body = AlertHttp.object();
        ArrayNode matchers = body.putArray("matchers");
        alert.labels().forEach((name, value) -> matchers.addObject().put("name", name).put("value", value)
                .put("isRegex", false).put("isEqual", true));
        Instant now = clock.instant();
        body.put("startsAt", AlertHttp.iso(now));
        body.put("endsAt", AlertHttp.iso(now.plus(command.duration())));
        body.put("createdBy", command.who());
        body.put("comment", command.note().isBlank() ? "Silenced from Vigil" : command.note());
        String id = http.post(URI.create(base + "/api/v2/silences"), body).body().path("silenceID").asText();
        return ActionOutcome.done("Silenced for " + human(command.duration()) + " (silence " + id + ")");
    }

    private ActionOutcome expire(Alert alert) throws AlertException {
        if (alert.silencedBy().isEmpty()) {
            return new ActionOutcome(ActionOutcome.Kind.INVALID, 0, "No silence mutes this alert");
        }
        for (String id : alert.silencedBy()) {
            http.delete(URI.create(base + "/api/v2/silence/" + id));
        }
        return ActionOutcome.done("Expired " + alert.silencedBy().size() + " silence" + (alert.silencedBy().size() == 1 ? "" : "s"));
    }

    static String human(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min";
    }

    /** Splits {@code a="x", b=~"y|z"} into matchers, commas inside quotes kept; braces optional. */
    static List<String> matchers(String filter) {
        List<String> out = new ArrayList<>();
        if (filter == null || filter.isBlank()) {
            return out;
        }
        String f = filter.strip();
        if (f.startsWith("{") && f.endsWith("}")) {
            f = f.substring(1, f.length() - 1);
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"' && (i == 0 || f.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                add(out, current);
            } else {
                current.append(c);
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        current.setLength(0);
    }

    private static URI withoutTrailingSlash(URI uri) {
        String s = uri.toString();
        return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }
}
