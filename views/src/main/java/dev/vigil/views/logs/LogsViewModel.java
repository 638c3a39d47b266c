package dev.vigil.views.logs;

import dev.vigil.connectors.logs.FollowedId;
import dev.vigil.connectors.logs.LogContext;
import dev.vigil.connectors.logs.LogHistogram;
import dev.vigil.connectors.logs.LogHit;
import dev.vigil.connectors.logs.LogPage;
import dev.vigil.connectors.logs.LogQuery;
import dev.vigil.connectors.logs.LogSource;
import dev.vigil.connectors.logs.LogSources;
import dev.vigil.connectors.logs.PageCursor;
import dev.vigil.environments.Environment;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.Pinboard;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The Logs section's state and commands: a search (first page, histogram and facets at once; a newer run
 * cancels the older), paging on demand with search_after, the selected line and its context, following a
 * trace or client id, the live tail ({@link LiveTail}) and pinning to the active incident.
 */
public final class LogsViewModel implements AutoCloseable {

    public static final int PAGE = 200;
    /** Rows a search keeps on screen while paging (far past the 10,000 of a from/size window). */
    public static final int MAX_ROWS = 50_000;
    static final int HISTORY = 20;
    static final int FOLLOW_MAX = 2_000;

    private final LogSources sources;
    private final ExecutorService io;
    private final Executor fx;
    private final Clock clock;
    private final Pinboard pinboard;
    private final LiveTail tail;

    private final StringProperty queryText = new SimpleStringProperty("");
    private final ObjectProperty<LogRange> range = new SimpleObjectProperty<>(LogRange.LAST_15_MINUTES);
    private final ObjectProperty<String> service = new SimpleObjectProperty<>();
    private final ObjectProperty<String> level = new SimpleObjectProperty<>();
    private final ObservableList<LogHit> rows = FXCollections.observableArrayList();
    private final ObservableList<String> services = FXCollections.observableArrayList();
    private final ObservableList<String> levels = FXCollections.observableArrayList("ERROR", "WARN", "INFO", "DEBUG");
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper totalExact = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<LogHistogram> histogram = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loadingMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper configured = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper sourceDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper environmentName = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LogHit> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LogContext> context = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TraceStory> trace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> terms = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<LogQuery> lastQuery = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper pinMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper pinning = new ReadOnlyBooleanWrapper();
    private final BooleanProperty findIdRequested = new SimpleBooleanProperty();
    private final BooleanBinding canPin;

    private LogSource source;
    private Instant customFrom;
    private Instant customTo;
    private PageCursor cursor;
    private final Set<String> shownKeys = new HashSet<>();
    private BackgroundTask.Handle page;
    private BackgroundTask.Handle histogramTask;
    private BackgroundTask.Handle facetsTask;
    private BackgroundTask.Handle moreTask;
    private BackgroundTask.Handle contextTask;
    private BackgroundTask.Handle traceTask;

    public LogsViewModel(ReadOnlyObjectProperty<Environment> environment, LogSources sources, ExecutorService io, Executor fx,
                         ScheduledExecutorService timer, Clock clock, Pinboard pinboard) {
        this.sources = sources;
        this.io = io;
        this.fx = fx;
        this.clock = clock;
        this.pinboard = pinboard;
        this.tail = new LiveTail(fx, timer, this::tailFailed);
        canPin = Bindings.createBooleanBinding(() -> pinboard.activeIncidentProperty().get() != null && lastQuery.get() != null
                        && !pinning.get(), pinboard.activeIncidentProperty(), lastQuery, pinning);
        selected.addListener((obs, old, now) -> context.set(null));
        environment.addListener((obs, old, env) -> show(env));
        show(environment.get());
    }

    /** Opens the environment's logs (or says there are none) and runs the current query on them. */
    public void show(Environment env) {
        cancelAll();
        tail.stop();
        if (source != null) {
            LogSource old = source;
            io.execute(old::close);
        }
        Optional<LogSource> opened = env == null ? Optional.empty() : sources.open(env);
        source = opened.orElse(null);
        environmentName.set(env == null ? "" : env.name());
        configured.set(source != null);
        sourceDescription.set(source == null ? "" : source.description());
        clearResults();
        trace.set(null);
        error.set(null);
        if (source != null) {
            services.clear();
            run();
        }
    }

    private void clearResults() {
        rows.clear();
        shownKeys.clear();
        cursor = null;
        total.set(0);
        histogram.set(null);
        selected.set(null);
    }

    /** Runs the query bar's query over the range and filters: first page, histogram and facets. */
    public void run() {
        if (source == null) {
            return;
        }
        LogQuery query;
        try {
            query = query();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        remember(query.text());
        cancelAll();
        tail.stop();
        live.set(false);
        trace.set(null);
        error.set(null);
        lastQuery.set(query);
        terms.set(QueryTerms.of(query.text()));
        searching.set(true);
        LogSource s = source;
        page = BackgroundTask.of(() -> s.search(query))
                .onSuccess(p -> {
                    clearResults();
                    total.set(p.total());
                    totalExact.set(p.totalExact());
                    append(p);
                })
                .onError(this::failed)
                .andFinally(() -> searching.set(false))
                .start(io, fx);
        histogramTask = BackgroundTask.of(() -> s.histogram(query, 60))
                .onSuccess(histogram::set)
                .onError(e -> { })
                .start(io, fx);
        facetsTask = BackgroundTask.of(() -> s.facets(query.withFilters(Set.of(), query.levels()), 30))
                .onSuccess(f -> {
                    List<String> names = f.services().stream().map(x -> x.value()).sorted().toList();
                    if (!names.equals(services)) {
                        services.setAll(names);
                    }
                    List<String> lv = f.levels().stream().map(x -> x.value()).filter(v -> !levels.contains(v)).toList();
                    levels.addAll(lv);
                })
                .onError(e -> { })
                .start(io, fx);
    }

    /** The query as the bar, range and filters describe it now (a relative range ends at this instant). */
    LogQuery query() {
        Instant now = clock.instant();
        Instant from = range.get() == LogRange.CUSTOM && customFrom != null ? customFrom : now.minus(spanOrDefault());
        Instant to = range.get() == LogRange.CUSTOM && customTo != null ? customTo : now;
        return new LogQuery(queryText.get(), from, to, service.get() == null ? Set.of() : Set.of(service.get()),
                level.get() == null ? Set.of() : Set.of(level.get()), dev.vigil.connectors.logs.LogOrder.NEWEST_FIRST, PAGE);
    }

    private Duration spanOrDefault() {
        Duration span = range.get() == null ? null : range.get().span();
        return span == null ? LogRange.LAST_15_MINUTES.span() : span;
    }

    private void remember(String text) {
        if (text.isBlank()) {
            return;
        }
        history.remove(text);
        history.addFirst(text);
        if (history.size() > HISTORY) {
            history.remove(HISTORY, history.size());
        }
    }

    private void append(LogPage p) {
        List<LogHit> fresh = p.hits().stream().filter(h -> shownKeys.add(h.key())).toList();
        rows.addAll(fresh);
        cursor = rows.size() >= MAX_ROWS ? null : p.next();
    }

    /** The next page, when the table scrolled near its end; one at a time. */
    public void loadMore() {
        if (cursor == null || source == null || loadingMore.get() || searching.get() || live.get()) {
            return;
        }
        PageCursor c = cursor;
        LogSource s = source;
        loadingMore.set(true);
        moreTask = BackgroundTask.of(() -> s.next(c))
                .onSuccess(this::append)
                .onError(this::failed)
                .andFinally(() -> loadingMore.set(false))
                .start(io, fx);
    }

    public boolean hasMore() {
        return cursor != null;
    }

    /** Zooms into a range dragged on the histogram. */
    public void zoom(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return;
        }
        customFrom = from;
        customTo = to;
        range.set(LogRange.CUSTOM);
        run();
    }

    /** Sets a custom range (the range picker's "Custom range"); runs when valid. */
    public void customRange(Instant from, Instant to) {
        zoom(from, to);
    }

    public Instant customFrom() {
        return customFrom;
    }

    public Instant customTo() {
        return customTo;
    }

    /** Loads what the selected line's pod wrote around it. */
    public void showContext() {
        LogHit hit = selected.get();
        if (hit == null || source == null) {
            return;
        }
        cancel(contextTask);
        LogSource s = source;
        contextTask = BackgroundTask.of(() -> s.context(hit, 10, 10))
                .onSuccess(context::set)
                .onError(this::failed)
                .start(io, fx);
    }

    /** Every line of a trace or client id across services, oldest first, around the current range. */
    public void follow(FollowedId kind, String id) {
        if (source == null || id == null || id.isBlank()) {
            return;
        }
        cancel(traceTask);
        LogSource s = source;
        LogQuery q = lastQuery.get() != null ? lastQuery.get() : query();
        Instant from = q.from().minus(Duration.ofHours(1));
        Instant to = q.to().isAfter(clock.instant()) ? q.to() : q.to().plus(Duration.ofMinutes(10));
        String trimmed = id.strip();
        error.set(null);
        traceTask = BackgroundTask.of(() -> s.follow(kind, trimmed, from, to, FOLLOW_MAX))
                .onSuccess(lines -> trace.set(new TraceStory(kind, trimmed, lines, lines.size() >= FOLLOW_MAX)))
                .onError(this::failed)
                .start(io, fx);
    }

    public void closeTrace() {
        cancel(traceTask);
        trace.set(null);
    }

    /** Asks the view to open the "find trace or client id" box (the palette's command). */
    public void requestFindId() {
        findIdRequested.set(true);
    }

    public BooleanProperty findIdRequestedProperty() {
        return findIdRequested;
    }

    public void clearSelection() {
        selected.set(null);
    }

    // --- live tail -------------------------------------------------------------------------------------------

    private final BooleanProperty live = new SimpleBooleanProperty() {
        @Override
        protected void invalidated() {
            if (get()) {
                startTail();
            } else {
                tail.stop();
            }
        }
    };

    private void startTail() {
        if (source == null) {
            live.set(false);
            return;
        }
        cancelAll();
        trace.set(null);
        error.set(null);
        LogQuery q;
        try {
            q = query();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        lastQuery.set(q);
        terms.set(QueryTerms.of(q.text()));
        clearResults();
        tail.start(source, q, clock.instant().minusSeconds(30));
    }

    private void tailFailed(Throwable e) {
        error.set(e.getMessage());
    }

    public BooleanProperty liveProperty() {
        return live;
    }

    public LiveTail tail() {
        return tail;
    }

    // --- pin -------------------------------------------------------------------------------------------------

    /** Pins the query, range, filters and the first 200 matching lines to the active incident. */
    public void pin() {
        if (!canPin.get()) {
            return;
        }
        LogQuery q = lastQuery.get();
        List<LogHit> lines = live.get() ? List.copyOf(tail.lines()) : List.copyOf(rows);
        long count = live.get() ? lines.size() : total.get();
        pinning.set(true);
        pinMessage.set(null);
        pinboard.pin(LogEvidence.of(q, sourceDescription.get(), count, lines), incident -> {
            pinning.set(false);
            pinMessage.set("Pinned to " + incident.id() + " " + incident.title());
        }, e -> {
            pinning.set(false);
            pinMessage.set("Could not pin: " + e.getMessage());
        });
    }

    // --- plumbing --------------------------------------------------------------------------------------------

    private void failed(Throwable e) {
        error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private void cancelAll() {
        cancel(page);
        cancel(histogramTask);
        cancel(facetsTask);
        cancel(moreTask);
        cancel(contextTask);
        cancel(traceTask);
        searching.set(false);
        loadingMore.set(false);
    }

    private static void cancel(BackgroundTask.Handle h) {
        if (h != null) {
            h.cancel();
        }
    }

    @Override
    public void close() {
        cancelAll();
        tail.stop();
        if (source != null) {
            source.close();
            source = null;
        }
    }

    public StringProperty queryTextProperty() {
        return queryText;
    }

    public ObjectProperty<LogRange> rangeProperty() {
        return range;
    }

    public ObjectProperty<String> serviceProperty() {
        return service;
    }

    public ObjectProperty<String> levelProperty() {
        return level;
    }

    public ObservableList<LogHit> rows() {
        return rows;
    }

    public ObservableList<String> services() {
        return services;
    }

    public ObservableList<String> levels() {
        return levels;
    }

    public ObservableList<String> history() {
        return history;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty totalExactProperty() {
        return totalExact.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LogHistogram> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingMoreProperty() {
        return loadingMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty configuredProperty() {
        return configured.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceDescriptionProperty() {
        return sourceDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty environmentNameProperty() {
        return environmentName.getReadOnlyProperty();
    }

    public ObjectProperty<LogHit> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<LogContext> contextProperty() {
        return context.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TraceStory> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> termsProperty() {
        return terms.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LogQuery> lastQueryProperty() {
        return lastQuery.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pinMessageProperty() {
        return pinMessage.getReadOnlyProperty();
    }

    public BooleanBinding canPinProperty() {
        return canPin;
    }
}
