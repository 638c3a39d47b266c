package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.Alert;
import dev.vigil.connectors.alerting.AlertFeedState;
import dev.vigil.connectors.alerting.AlertListener;
import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.connectors.alerting.AlertSource;
import dev.vigil.connectors.health.ConnectorHealth;
import dev.vigil.connectors.health.HealthMonitor;
import dev.vigil.connectors.health.HealthState;
import dev.vigil.environments.Environment;
import dev.vigil.environments.ServiceSpec;
import dev.vigil.views.common.CoalescingBuffer;
import dev.vigil.views.common.KeyedRows;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The Alerts section's list: the active environment's alert source kept open (from start-up, so the
 * sidebar badge counts even before the section is visited), its snapshots applied at most once per
 * pulse, filtered and sorted for the table; the feed's state for the banner and the status bar.
 */
public final class AlertsViewModel implements AutoCloseable {

    /** How long a new alert stays highlighted if nobody looks at it. */
    static final Duration NEW_FOR = Duration.ofMinutes(2);
    /** The list's order when no column is sorted: most urgent first, newest first within a priority. */
    public static final Comparator<AlertRow> DEFAULT_ORDER = Comparator
            .comparing((AlertRow r) -> r.alert().status().active() ? 0 : 1)
            .thenComparing(r -> r.alert().priority())
            .thenComparing((AlertRow r) -> r.alert().createdAt(), Comparator.nullsLast(Comparator.reverseOrder()));
    private static final Logger LOG = LoggerFactory.getLogger(AlertsViewModel.class);

    private final AlertSourceOpener opener;
    private final Executor fx;
    private final Clock clock;
    private final Consumer<ConnectorHealth> health;
    private final CoalescingBuffer<Long, AlertInbox> snapshots;
    private final CoalescingBuffer<Long, AlertFeedState> states;

    private final KeyedRows<AlertRow> rows = new KeyedRows<>(AlertRow::id);
    private final FilteredList<AlertRow> filtered = new FilteredList<>(rows);
    private final SortedList<AlertRow> sorted = new SortedList<>(filtered, DEFAULT_ORDER);
    private final Map<String, AlertRow> index = new HashMap<>();
    private final ObservableList<String> services = FXCollections.observableArrayList();

    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.OPEN);
    private final ObjectProperty<AlertPriority> priorityFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> serviceFilter = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");

    private final ReadOnlyObjectWrapper<Environment> environment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AlertSource> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AlertFeedState> feed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper configured = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<AlertCounts> counts = new ReadOnlyObjectWrapper<>(AlertCounts.NONE);
    private final ReadOnlyIntegerWrapper needsAttention = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Alert> selected = new ReadOnlyObjectWrapper<>();
    private final ScheduledFuture<?> ticking;
    private long generation;

    /**
     * @param health where the feed's state goes for the status bar (any thread is fine: it is called on the FX thread)
     */
    public AlertsViewModel(ObservableValue<Environment> activeEnvironment, AlertSourceOpener opener, Executor fx,
                           ScheduledExecutorService timer, Clock clock, Consumer<ConnectorHealth> health) {
        this.opener = Objects.requireNonNull(opener);
        this.fx = Objects.requireNonNull(fx);
        this.clock = Objects.requireNonNull(clock);
        this.health = health == null ? h -> { } : health;
        this.snapshots = new CoalescingBuffer<>(fx, timer, batch -> batch.forEach((gen, inbox) -> {
            AlertInbox.Taken taken = inbox.take();
            if (gen == generation && taken != null) {
                apply(taken);
            }
        }));
        this.states = new CoalescingBuffer<>(fx, timer, batch -> batch.forEach((gen, state) -> {
            if (gen == generation) {
                applyState(state);
            }
        }));
        now.set(clock.instant());
        filtered.predicateProperty().bind(Bindings.createObjectBinding(
                () -> new AlertFilter(statusFilter.get(), priorityFilter.get(), serviceFilter.get(), text.get()),
                statusFilter, priorityFilter, serviceFilter, text));
        selectedId.addListener((o, a, id) -> {
            AlertRow row = id == null ? null : index.get(id);
            selected.set(row == null ? null : row.alert());
            if (row != null && row.fresh()) {
                replace(row.seen());
            }
        });
        // Ages are live and highlights fade: one tick a second, on the FX thread.
        ticking = timer.scheduleAtFixedRate(() -> fx.execute(this::tick), 1, 1, TimeUnit.SECONDS);
        activeEnvironment.addListener((o, old, env) -> show(env));
        show(activeEnvironment.getValue());
    }

    /** Switches to an environment's alerts: the old source is closed, its late answers dropped. */
    public void show(Environment env) {
        generation++;
        long gen = generation;
        AlertSource old = source.get();
        if (old != null) {
            old.close();
        }
        source.set(null);
        environment.set(env);
        rows.clearRows();
        index.clear();
        loaded.set(false);
        selectedId.set(null);
        problem.set("");
        feed.set(null);
        refreshCounts();
        refreshServices();
        if (env == null) {
            configured.set(false);
            return;
        }
        AlertSource next;
        try {
            next = opener.open(env);
        } catch (RuntimeException e) {
            configured.set(true);
            problem.set("Alerts of " + env.name() + " are not available: " + e.getMessage());
            report(env, HealthState.DOWN, problem.get());
            return;
        }
        configured.set(next != null);
        if (next == null) {
            return;
        }
        source.set(next);
        AlertInbox inbox = new AlertInbox();
        next.start(new AlertListener() {
            @Override
            public void onAlerts(List<Alert> alerts) {
                inbox.put(alerts);
                snapshots.offer(gen, inbox);
            }

            @Override
            public void onState(AlertFeedState state) {
                states.offer(gen, state);
            }
        });
    }

    private void apply(AlertInbox.Taken taken) {
        boolean first = !loaded.get();
        Instant at = clock.instant();
        // One batch, one list change: the filtered and sorted views and the table react once per snapshot.
        // Only the changed ids are visited: the source's thread already compared the rest.
        Map<String, Optional<AlertRow>> batch = new LinkedHashMap<>();
        for (String id : taken.changed()) {
            Alert a = taken.byId().get(id);
            if (a == null) {
                continue;
            }
            AlertRow old = index.get(id);
            AlertRow row = old == null ? new AlertRow(a, at, !first) : old.with(a);
            if (row != old) {
                index.put(id, row);
                batch.put(id, Optional.of(row));
            }
        }
        for (var it = index.keySet().iterator(); it.hasNext(); ) {
            String id = it.next();
            if (!taken.byId().containsKey(id)) {
                it.remove();
                batch.put(id, Optional.empty());
            }
        }
        rows.apply(batch);
        loaded.set(true);
        String id = selectedId.get();
        selected.set(id == null || !index.containsKey(id) ? null : index.get(id).alert());
        if (!batch.isEmpty()) {
            refreshCounts();
            refreshServices();
        }
    }

    private void applyState(AlertFeedState state) {
        feed.set(state);
        Environment env = environment.get();
        if (state.kind().failing()) {
            problem.set(state.message());
            boolean down = state.kind() == AlertFeedState.Kind.UNREACHABLE || state.kind() == AlertFeedState.Kind.FAILING;
            report(env, down ? HealthState.DOWN : HealthState.DEGRADED, state.message());
        } else {
            problem.set("");
            if (state.kind() == AlertFeedState.Kind.LIVE) {
                report(env, HealthState.OK, state.message());
            }
        }
    }

    private void report(Environment env, HealthState state, String detail) {
        if (env == null) {
            return;
        }
        AlertSource s = source.get();
        String target = env.demo() ? "simulated" : env.alerting().endpoint() == null ? "" : env.alerting().endpoint().url().toString();
        health.accept(new ConnectorHealth(HealthMonitor.ALERTS, target, state,
                (s == null ? "" : capitalised(s.name()) + ": ") + detail, clock.instant()));
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void tick() {
        Instant t = clock.instant();
        now.set(t);
        for (AlertRow r : List.copyOf(index.values())) {
            if (r.fresh() && Duration.between(r.firstSeen(), t).compareTo(NEW_FOR) > 0) {
                replace(r.seen());
            }
        }
    }

    private void replace(AlertRow row) {
        index.put(row.id(), row);
        rows.apply(Map.of(row.id(), Optional.of(row)));
    }

    private void refreshCounts() {
        AlertCounts c = AlertCounts.of(index.values());
        counts.set(c);
        needsAttention.set(c.open());
    }

    private void refreshServices() {
        TreeSet<String> names = new TreeSet<>();
        Environment env = environment.get();
        if (env != null) {
            env.services().stream().map(ServiceSpec::name).forEach(names::add);
        }
        for (AlertRow r : index.values()) {
            if (!r.alert().service().isBlank()) {
                names.add(r.alert().service());
            }
        }
        if (!names.equals(new TreeSet<>(services))) {
            services.setAll(names);
        }
    }

    /** Polls again now (the refresh button, and after actions). */
    public void refresh() {
        AlertSource s = source.get();
        if (s != null) {
            s.refresh();
        }
    }

    /** The filtered, sorted list the table shows; bind its comparator to the table's. */
    public SortedList<AlertRow> alerts() {
        return sorted;
    }

    /** Every alert of the feed, unfiltered. */
    public ObservableList<AlertRow> allAlerts() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObservableList<String> services() {
        return services;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    /** Show only this priority and more urgent ones; null for all. */
    public ObjectProperty<AlertPriority> priorityFilterProperty() {
        return priorityFilter;
    }

    /** One service, or null for all. */
    public ObjectProperty<String> serviceFilterProperty() {
        return serviceFilter;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The id of the alert the operator has selected (written by the table). */
    public ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    /** The selected alert as last polled, or null. */
    public ReadOnlyObjectProperty<Alert> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Environment> environmentProperty() {
        return environment.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AlertSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AlertFeedState> feedProperty() {
        return feed.getReadOnlyProperty();
    }

    /** Why the list is not live ("" when it is): unreachable, unauthorized, rate-limited, misconfigured. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the environment has an alerting provider (or is the demo). */
    public ReadOnlyBooleanProperty configuredProperty() {
        return configured.getReadOnlyProperty();
    }

    /** Whether the first list has arrived. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AlertCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Open alerts nobody acknowledged: the sidebar badge. */
    public ReadOnlyIntegerProperty needsAttentionProperty() {
        return needsAttention.getReadOnlyProperty();
    }

    /** The clock, ticking every second, for live ages. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    Executor fx() {
        return fx;
    }

    @Override
    public void close() {
        ticking.cancel(false);
        generation++;
        AlertSource s = source.get();
        if (s != null) {
            try {
                s.close();
            } catch (RuntimeException e) {
                LOG.debug("closing alert source", e);
            }
        }
    }
}
