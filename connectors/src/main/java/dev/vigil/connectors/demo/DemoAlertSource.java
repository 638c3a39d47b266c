package dev.vigil.connectors.demo;

import dev.vigil.connectors.alerting.ActionOutcome;
import dev.vigil.connectors.alerting.Alert;
import dev.vigil.connectors.alerting.AlertAction;
import dev.vigil.connectors.alerting.AlertCommand;
import dev.vigil.connectors.alerting.AlertDetails;
import dev.vigil.connectors.alerting.AlertEntry;
import dev.vigil.connectors.alerting.AlertException;
import dev.vigil.connectors.alerting.AlertFeedState;
import dev.vigil.connectors.alerting.AlertListener;
import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.connectors.alerting.AlertSource;
import dev.vigil.connectors.alerting.AlertStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The demo environment's alerts, behind the same interface as a real provider: the fleet's rules
 * ({@link DemoAlertRules}) evaluated every {@link #EVALUATE_EVERY}, acknowledged, snoozed, noted and
 * closed in memory. A drill engine raises and resolves alerts of its own with {@link #raise} and
 * {@link #resolve}; the listener hears of them at once. Thread-safe.
 */
public final class DemoAlertSource implements AlertSource {

    public static final Duration EVALUATE_EVERY = Duration.ofSeconds(10);

    /** An alert a drill injects; {@code key} names it for {@link #resolve} and repeats dedupe (count goes up). */
    public record InjectedAlert(String key, String title, String service, AlertPriority priority, String description,
                                Map<String, String> labels) {
        public InjectedAlert {
            if (key == null || key.isBlank() || title == null || title.isBlank()) {
                throw new IllegalArgumentException("an injected alert needs a key and a title");
            }
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }
    }

    private static final class Entry {
        Alert alert;
        final List<AlertEntry> notes = new ArrayList<>();
        final List<AlertEntry> log = new ArrayList<>();
        Instant snoozedUntil;

        Entry(Alert alert) {
            this.alert = alert;
        }
    }

    private final DemoAlertRules rules;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    /** Keyed by rule or drill key; the alert id changes per episode, the key does not. */
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<String, String> keyOfId = new LinkedHashMap<>();
    private AlertListener listener;
    private ScheduledFuture<?> evaluation;

    public DemoAlertSource(DemoFleet fleet, ScheduledExecutorService timer, Clock clock) {
        this.rules = new DemoAlertRules(fleet, clock);
        this.timer = timer;
        this.clock = clock;
        Instant now = clock.instant();
        for (DemoAlertRules.Episode e : rules.latencyEpisodes(now)) {
            String key = e.end() == null ? "latency/" + e.service() : "latency/" + e.service() + "/" + e.start().getEpochSecond();
            Alert alert = rules.latencyAlert(e, now);
            put(key, alert).log.add(new AlertEntry(e.start(), "prometheus", "Alert created: p99 above "
                    + (int) DemoAlertRules.P99_THRESHOLD_MS + " ms"));
            if (e.end() != null) {
                byKey.get(key).log.add(new AlertEntry(e.end(), "prometheus", "Resolved: p99 back under "
                        + (int) DemoAlertRules.P99_CLEAR_MS + " ms"));
            }
        }
        for (DemoAlertRules.Firing f : rules.crashLoops()) {
            Entry e = put(f.key(), f.alert());
            e.log.add(new AlertEntry(f.alert().createdAt(), "kubernetes", "Alert created: " + f.alert().labels().get("alertname")));
            if (f.alert().status() == AlertStatus.CLOSED) {
                e.log.add(new AlertEntry(f.alert().lastOccurredAt(), "kubernetes", "Resolved: ready again for an hour"));
            }
        }
    }

    private Entry put(String key, Alert alert) {
        Entry e = new Entry(alert);
        byKey.put(key, e);
        keyOfId.put(alert.id(), key);
        return e;
    }

    @Override
    public String name() {
        return "the demo fleet's alert rules";
    }

    @Override
    public Set<AlertAction> actions() {
        return EnumSet.of(AlertAction.ACKNOWLEDGE, AlertAction.UNACKNOWLEDGE, AlertAction.CLOSE, AlertAction.ADD_NOTE,
                AlertAction.SNOOZE);
    }

    @Override
    public synchronized void start(AlertListener l) {
        this.listener = l;
        publish();
        evaluation = timer.scheduleWithFixedDelay(this::evaluate, EVALUATE_EVERY.toMillis(), EVALUATE_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void refresh() {
        evaluate();
    }

    /** One round of the rules: latency alerts fire, re-occur and resolve; snoozes run out. */
    synchronized void evaluate() {
        Instant now = clock.instant();
        for (String service : rules.services()) {
            String key = "latency/" + service;
            Entry current = byKey.get(key);
            boolean firing = current != null && current.alert.status() != AlertStatus.CLOSED;
            boolean fires = rules.latencyFiring(service, current != null && current.alert.status().active(), now);
            if (fires && current == null) {
                Alert alert = rules.latencyAlert(new DemoAlertRules.Episode(service, now, null, rules.p99(service, now)), now);
                put(key, alert).log.add(new AlertEntry(now, "prometheus", "Alert created: p99 above "
                        + (int) DemoAlertRules.P99_THRESHOLD_MS + " ms"));
            } else if (fires && firing) {
                // Re-notified every hour it keeps firing, as Alertmanager's repeat_interval would.
                int count = 1 + (int) Duration.between(current.alert.createdAt(), now).toHours();
                current.alert = current.alert.withOccurrence(count, now);
            } else if (!fires && current != null) {
                // The episode is over: it goes to history under its own key, and the next one starts afresh.
                if (current.alert.status().active()) {
                    current.alert = current.alert.withStatus(AlertStatus.CLOSED, current.alert.acknowledgedBy());
                    current.log.add(new AlertEntry(now, "prometheus", "Resolved: p99 back under "
                            + (int) DemoAlertRules.P99_CLEAR_MS + " ms"));
                }
                byKey.remove(key);
                String historyKey = key + "/" + current.alert.createdAt().getEpochSecond();
                byKey.put(historyKey, current);
                keyOfId.put(current.alert.id(), historyKey);
            }
        }
        for (Entry e : byKey.values()) {
            if (e.alert.status() == AlertStatus.SNOOZED && e.snoozedUntil != null && !now.isBefore(e.snoozedUntil)) {
                e.alert = e.alert.withStatus(e.alert.acknowledgedBy().isEmpty() ? AlertStatus.OPEN : AlertStatus.ACKNOWLEDGED,
                        e.alert.acknowledgedBy());
                e.snoozedUntil = null;
                e.log.add(new AlertEntry(now, "vigil", "Snooze ended"));
            }
        }
        publish();
    }

    /**
     * Raises an alert for a drill (or again: the same key re-occurs, counting up, and reopens it if it
     * was closed). Returns the alert's id.
     */
    public synchronized String raise(InjectedAlert injected) {
        Instant now = clock.instant();
        String key = "drill/" + injected.key();
        Entry e = byKey.get(key);
        if (e != null && e.alert.status().active()) {
            e.alert = e.alert.withOccurrence(e.alert.count() + 1, now);
            e.log.add(new AlertEntry(now, "drill", "Occurred again"));
        } else {
            Map<String, String> labels = new LinkedHashMap<>(injected.labels());
            labels.putIfAbsent("alertname", injected.key());
            if (injected.service() != null && !injected.service().isBlank()) {
                labels.putIfAbsent("service", injected.service());
            }
            Alert alert = new Alert("demo-drill-" + injected.key() + "-" + now.toEpochMilli(), injected.title(),
                    injected.description(), injected.priority(), AlertStatus.OPEN, "drill", injected.service(),
                    List.of("drill"), labels, 1, now, now, "", "", Map.of(), List.of(), List.of());
            if (e != null) {
                keyOfId.remove(e.alert.id());
            }
            e = put(key, alert);
            e.log.add(new AlertEntry(now, "drill", "Alert created"));
        }
        publish();
        return e.alert.id();
    }

    /** Resolves a drill's alert (closes it, as its rule clearing would); false when there is none open. */
    public synchronized boolean resolve(String key) {
        Entry e = byKey.get("drill/" + key);
        if (e == null || !e.alert.status().active()) {
            return false;
        }
        e.alert = e.alert.withStatus(AlertStatus.CLOSED, e.alert.acknowledgedBy());
        e.log.add(new AlertEntry(clock.instant(), "drill", "Resolved"));
        publish();
        return true;
    }

    /** When a drill's alert was first acknowledged at or after {@code since}, if it was. */
    public synchronized java.util.Optional<Instant> acknowledgedAt(String key, Instant since) {
        Entry e = byKey.get("drill/" + key);
        if (e == null) {
            return java.util.Optional.empty();
        }
        return e.log.stream().filter(l -> l.text().startsWith("Acknowledged by") && !l.at().isBefore(since))
                .map(AlertEntry::at).findFirst();
    }

    /** The current alerts, newest first (what the listener was last told). */
    public synchronized List<Alert> alerts() {
        List<Alert> out = new ArrayList<>();
        for (Entry e : byKey.values()) {
            out.add(e.alert);
        }
        out.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
        return out;
    }

    private void publish() {
        if (listener == null) {
            return;
        }
        List<Alert> snapshot = alerts();
        listener.onAlerts(snapshot);
        listener.onState(new AlertFeedState(AlertFeedState.Kind.LIVE, snapshot.size() + " simulated alerts from the demo fleet",
                clock.instant(), clock.instant().plus(EVALUATE_EVERY)));
    }

    @Override
    public synchronized AlertDetails details(String alertId) throws AlertException {
        Entry e = entry(alertId);
        return new AlertDetails(e.alert, e.notes, e.log);
    }

    private Entry entry(String alertId) throws AlertException {
        String key = keyOfId.get(alertId);
        Entry e = key == null ? null : byKey.get(key);
        if (e == null) {
            throw new AlertException(AlertException.Kind.NOT_FOUND, 404, "no demo alert " + alertId);
        }
        return e;
    }

    @Override
    public synchronized ActionOutcome perform(AlertCommand c) {
        Entry e;
        try {
            e = entry(c.alertId());
        } catch (AlertException ex) {
            return ActionOutcome.failed(ex);
        }
        Instant now = clock.instant();
        AlertStatus status = e.alert.status();
        if (status == AlertStatus.CLOSED && c.action() != AlertAction.ADD_NOTE) {
            return new ActionOutcome(ActionOutcome.Kind.INVALID, 0, "The alert is closed");
        }
        String done;
        switch (c.action()) {
            case ACKNOWLEDGE -> {
                e.alert = e.alert.withStatus(status == AlertStatus.SNOOZED ? status : AlertStatus.ACKNOWLEDGED, c.who());
                done = "Acknowledged by " + c.who();
            }
            case UNACKNOWLEDGE -> {
                e.alert = e.alert.withStatus(status == AlertStatus.SNOOZED ? status : AlertStatus.OPEN, "");
                done = "Unacknowledged by " + c.who();
            }
            case CLOSE -> {
                e.alert = e.alert.withStatus(AlertStatus.CLOSED, e.alert.acknowledgedBy());
                done = "Closed by " + c.who();
            }
            case SNOOZE -> {
                e.snoozedUntil = now.plus(c.duration());
                e.alert = e.alert.withStatus(AlertStatus.SNOOZED, e.alert.acknowledgedBy());
                done = "Snoozed by " + c.who() + " until " + e.snoozedUntil.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            }
            case ADD_NOTE -> {
                e.notes.add(new AlertEntry(now, c.who(), c.note()));
                done = "Note added by " + c.who();
            }
            default -> {
                return ActionOutcome.unsupported("The demo alerts have no " + c.action().title().toLowerCase(java.util.Locale.ROOT)
                        + ": snooze the alert instead");
            }
        }
        e.log.add(new AlertEntry(now, c.who(), done + (c.note().isBlank() || c.action() == AlertAction.ADD_NOTE ? "" : ": " + c.note())));
        publish();
        return ActionOutcome.done(done);
    }

    @Override
    public synchronized void close() {
        if (evaluation != null) {
            evaluation.cancel(false);
        }
        listener = null;
    }
}
