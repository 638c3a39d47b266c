package dev.vigil.connectors.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Opsgenie (REST v2) or JSM Ops alerts. The feed is the open alerts matching {@code query} (up to
 * {@link #MAX_OPEN} in pages of 100) plus the 50 most recently closed. Actions are asynchronous on
 * the provider's side: each answers 202 with a request id, which is followed at
 * {@code …/alerts/requests/{id}} for a bounded while to report what really happened.
 */
public final class OpsgenieSource extends PolledAlertSource {

    public static final Duration PERIOD = Duration.ofSeconds(15);
    static final int PAGE = 100;
    static final int MAX_OPEN = 1000;
    static final int CLOSED = 50;
    private static final int FOLLOW_TRIES = 6;
    private static final Duration FOLLOW_PAUSE = Duration.ofMillis(400);

    private final OpsgenieApi api;
    private final URI base;
    private final AlertHttp http;
    private final String query;
    private final Clock clock;

    public OpsgenieSource(OpsgenieApi api, URI base, String authorization, String query, ScheduledExecutorService timer,
                          Executor io, Clock clock, Duration period) {
        this.api = api;
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
        this.http = new AlertHttp(api.title(), authorization);
        this.query = query == null ? "" : query.strip();
        this.clock = clock;
        pollEvery(period, timer, io, clock);
    }

    @Override
    public String name() {
        return api.title() + " at " + base;
    }

    @Override
    public Set<AlertAction> actions() {
        return EnumSet.of(AlertAction.ACKNOWLEDGE, AlertAction.UNACKNOWLEDGE, AlertAction.CLOSE, AlertAction.ADD_NOTE,
                AlertAction.SNOOZE);
    }

    @Override
    List<Alert> fetch() throws AlertException {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        for (int offset = 0; offset < MAX_OPEN; offset += PAGE) {
            JsonNode body = http.get(list(scoped("status:open"), offset, PAGE, "createdAt"));
            for (JsonNode a : OpsgenieParser.payload(body)) {
                Alert alert = OpsgenieParser.alert(a, api.title());
                alerts.put(alert.id(), alert);
            }
            if (!OpsgenieParser.hasNext(body)) {
                break;
            }
        }
        for (JsonNode a : OpsgenieParser.payload(http.get(list(scoped("status:closed"), 0, CLOSED, "updatedAt")))) {
            Alert alert = OpsgenieParser.alert(a, api.title());
            alerts.putIfAbsent(alert.id(), alert);
        }
        return new ArrayList<>(alerts.values());
    }

    private String scoped(String status) {
        return query.isEmpty() ? status : "(" + query + ") AND " + status;
    }

    private URI list(String q, int offset, int size, String sort) {
        return URI.create(base + api.alertsPath() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&offset=" + offset + "&" + api.pageSizeParam() + "=" + size + "&sort=" + sort + "&order=desc");
    }

    private URI alert(String id, String suffix) {
        return URI.create(base + api.alertsPath() + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + suffix + api.byId());
    }

    @Override
    public AlertDetails details(String alertId) throws AlertException {
        Alert alert = OpsgenieParser.alert(OpsgenieParser.payload(http.get(alert(alertId, ""))), api.title());
        List<AlertEntry> notes = OpsgenieParser.entries(OpsgenieParser.payload(http.get(alert(alertId, "/notes"))), "note");
        List<AlertEntry> log = OpsgenieParser.entries(OpsgenieParser.payload(http.get(alert(alertId, "/logs"))), "log");
        return new AlertDetails(alert, notes, log);
    }

    @Override
    public ActionOutcome perform(AlertCommand c) {
        ObjectNode body = AlertHttp.object().put("user", c.who()).put("source", "Vigil");
        if (!c.note().isBlank()) {
            body.put("note", c.note());
        }
        String path = switch (c.action()) {
            case ACKNOWLEDGE -> "/acknowledge";
            case UNACKNOWLEDGE -> "/unacknowledge";
            case CLOSE -> "/close";
            case ADD_NOTE -> "/notes";
            case SNOOZE -> {
                body.put("endTime", AlertHttp.iso(clock.instant().plus(c.duration())));
                yield "/snooze";
            }
            default -> null;
        };
        if (path == null) {
            return ActionOutcome.unsupported(api.title() + " has no " + c.action().title().toLowerCase(Locale.ROOT)
                    + ": snooze the alert instead");
        }
        try {
            AlertHttp.Answer answer = http.post(alert(c.alertId(), path), body);
            String requestId = answer.body().path("requestId").asText("");
            ActionOutcome outcome = requestId.isBlank() ? ActionOutcome.done(c.action().title() + ": done") : follow(c, requestId);
            refresh();
            return outcome;
        } catch (AlertException e) {
            return ActionOutcome.failed(e);
        }
    }

    /** Asks what became of a queued request until it was processed or the bounded wait is over. */
    private ActionOutcome follow(AlertCommand c, String requestId) throws AlertException {
        URI status = URI.create(base + api.alertsPath() + "/requests/" + URLEncoder.encode(requestId, StandardCharsets.UTF_8));
        for (int i = 0; i < FOLLOW_TRIES; i++) {
            try {
                JsonNode data = OpsgenieParser.payload(http.get(status));
                boolean success = data.path("isSuccess").asBoolean(data.path("success").asBoolean(false));
                String text = data.path("status").asText(c.action().title());
                return success ? ActionOutcome.done(text)
                        : new ActionOutcome(ActionOutcome.Kind.INVALID, 200, text);
            } catch (AlertException e) {
                if (e.kind() != AlertException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
            pause();
        }
        return new ActionOutcome(ActionOutcome.Kind.ACCEPTED, 202, c.action().title() + " accepted; "
                + api.title() + " is still processing it (request " + requestId + ")");
    }

    private static void pause() {
        try {
            Thread.sleep(FOLLOW_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
