package dev.vigil.views.incidents;

import dev.vigil.environments.ResponseTarget;
import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.EventStamp;
import dev.vigil.incidents.Evidence;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.Role;
import dev.vigil.incidents.TimelineEvent;
import dev.vigil.incidents.metrics.IncidentTimes;
import dev.vigil.incidents.metrics.ResponseClock;
import dev.vigil.incidents.report.HumanDuration;
import dev.vigil.incidents.report.PostmortemMarkdown;
import dev.vigil.incidents.store.NewEvent;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.StoreConnection;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One incident as its commander runs it: header facts and live clocks, the lifecycle moves with the
 * reason each is refused, the timeline grouped by hour, notes, back-dating, roles, the checklist,
 * status updates, evidence and the postmortem. Every change is one store write, at once; the view
 * reloads from the store whenever its revision moves, so a second Vigil sees it too.
 */
public final class WorkspaceViewModel {

    /** What the timeline shows. */
    public enum KindFilter {
        ALL("All"), LIFECYCLE("Lifecycle"), NOTES("Notes & updates"), ACTIONS("Actions & links");

        private final String label;

        KindFilter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        boolean accepts(EventKind kind) {
            return switch (this) {
                case ALL -> true;
                case LIFECYCLE -> kind.lifecycle();
                case NOTES -> kind == EventKind.NOTE || kind == EventKind.STATUS_UPDATE;
                case ACTIONS -> kind == EventKind.ACTION || kind == EventKind.LINK
                        || kind == EventKind.ROLE_ASSIGNED || kind == EventKind.CHECKLIST_ITEM;
            };
        }
    }

    /** Feedback under the header: what just happened, or why something was refused. */
    public record Message(String text, boolean error) {
    }

    private final StoreConnection connection;
    private final WorkspaceContext context;

    private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>();
    private final List<TimelineEvent> events = new ArrayList<>();
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<KindFilter> kindFilter = new SimpleObjectProperty<>(KindFilter.ALL);
    private final ReadOnlyObjectWrapper<IncidentTimes> times = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sinceImpact = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sinceDetection = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ResponseClock> acknowledgeClock = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ResponseClock> resolveClock = new ReadOnlyObjectWrapper<>();
    private final Map<Move, ReadOnlyStringWrapper> refusals = new EnumMap<>(Move.class);
    private final ObservableList<ChecklistItem> checklist = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>();
    private String incidentId;
    private BackgroundTask.Handle loading;

    public WorkspaceViewModel(StoreConnection connection, WorkspaceContext context) {
        this.connection = Objects.requireNonNull(connection);
        this.context = Objects.requireNonNull(context);
        for (Move m : Move.values()) {
            refusals.put(m, new ReadOnlyStringWrapper("no incident"));
        }
        kindFilter.addListener((obs, old, now) -> rebuildEntries());
        connection.revisionProperty().addListener((obs, old, now) -> reload());
        connection.storeProperty().addListener((obs, old, now) -> reload());
    }

    /** Shows an incident: loads it and its timeline. */
    public void open(String id) {
        incidentId = Objects.requireNonNull(id);
        message.set(null);
        reload();
    }

    public String incidentId() {
        return incidentId;
    }

    /** Loads the incident again (superseding a load in flight). */
    public void reload() {
        // Until the store is open there is nothing to load; its opening triggers a reload.
        if (incidentId == null || connection.storeProperty().get() == null) {
            return;
        }
        if (loading != null) {
            loading.cancel();
        }
        String id = incidentId;
        loading = connection.run(store -> new Loaded(store.find(id).orElse(null), store.timeline(id)),
                loaded -> {
                    if (!id.equals(incidentId)) {
                        return;
                    }
                    if (loaded.incident() == null) {
                        message.set(new Message("Incident " + id + " is not in the store", true));
                        return;
                    }
                    apply(loaded.incident(), loaded.timeline());
                },
                e -> message.set(new Message("Could not load " + id + ": " + reason(e), true)));
    }

    private record Loaded(Incident incident, List<TimelineEvent> timeline) {
    }

    private void apply(Incident loaded, List<TimelineEvent> timeline) {
        List<TimelineEvent> sorted = new ArrayList<>(timeline);
        sorted.sort(TimelineEvent.TIMELINE_ORDER);
        if (loaded.equals(incident.get()) && sorted.equals(events)) {
            tick(context.clock().instant());
            return; // nothing changed: keep the rows (and the user's place in them) as they are
        }
        incident.set(loaded);
        events.clear();
        events.addAll(sorted);
        times.set(IncidentTimes.of(events.stream().map(e -> EventStamp.of(e.kind(), e.at())).toList()));
        for (Move m : Move.values()) {
            refusals.get(m).set(m.refusal(loaded.status(), times.get()).orElse(""));
        }
        rebuildEntries();
        rebuildChecklist();
        IncidentTimes t = times.get();
        figures.set("Time to detect " + HumanDuration.of(t.timeToDetect()) + "   ·   acknowledge " + HumanDuration.of(t.timeToAcknowledge())
                + "   ·   contain " + HumanDuration.of(t.timeToContain()) + "   ·   recover " + HumanDuration.of(t.timeToRecover()));
        tick(context.clock().instant());
    }

    private void rebuildEntries() {
        List<TimelineEntry> list = new ArrayList<>();
        Instant hour = null;
        int headerIndex = -1;
        int count = 0;
        for (TimelineEvent e : events) {
            if (!kindFilter.get().accepts(e.kind())) {
                continue;
            }
            Instant h = e.at().truncatedTo(ChronoUnit.HOURS);
            if (!h.equals(hour)) {
                if (headerIndex >= 0) {
                    list.set(headerIndex, new TimelineEntry.Hour(hour, count));
                }
                hour = h;
                headerIndex = list.size();
                count = 0;
                list.add(new TimelineEntry.Hour(h, 0));
            }
            count++;
            list.add(new TimelineEntry.Event(e));
        }
        if (headerIndex >= 0) {
            list.set(headerIndex, new TimelineEntry.Hour(hour, count));
        }
        entries.setAll(list);
    }

    private void rebuildChecklist() {
        List<ChecklistItem> items = new ArrayList<>();
        for (String step : context.config().get().checklist(incident.get().severity())) {
            TimelineEvent done = events.stream()
                    .filter(e -> e.kind() == EventKind.CHECKLIST_ITEM && step.equals(e.text()))
                    .findFirst().orElse(null);
            items.add(new ChecklistItem(step, done == null ? null : done.at(), done == null ? null : done.author()));
        }
        checklist.setAll(items);
    }

    /** Moves the live clocks to {@code now}; the view calls it every second. */
    public void tick(Instant now) {
        IncidentTimes t = times.get();
        Incident i = incident.get();
        if (t == null || i == null || t.detected() == null) {
            return;
        }
        sinceImpact.set(HumanDuration.of(Duration.between(t.impactStart(), t.open() ? now : t.lastResolved())));
        sinceDetection.set(HumanDuration.of(Duration.between(t.detected(), t.open() ? now : t.lastResolved())));
        ResponseTarget target = context.config().get().reliability().target(i.severity());
        acknowledgeClock.set(ResponseClock.acknowledge(t, target.acknowledge(), now));
        resolveClock.set(ResponseClock.resolve(t, target.resolve(), now));
    }

    /** Acknowledge, contain, resolve, reopen or close, now. */
    public void move(Move move) {
        String refusal = refusals.get(move).get();
        if (!refusal.isEmpty()) {
            message.set(new Message(move.label() + " refused: " + refusal, true));
            return;
        }
        write(new NewEvent(move.kind(), context.clock().instant(), context.user(), null, EventSource.MANUAL), pastTense(move));
    }

    private static String pastTense(Move move) {
        return switch (move) {
            case ACKNOWLEDGE -> "Acknowledged";
            case CONTAIN -> "Contained";
            case RESOLVE -> "Resolved";
            case REOPEN -> "Reopened";
            case CLOSE -> "Closed";
        };
    }

    /** Adds a note (Markdown) to the timeline. */
    public void addNote(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        write(new NewEvent(EventKind.NOTE, context.clock().instant(), context.user(), markdown.strip(), EventSource.MANUAL),
                "Note added");
    }

    /** Moves an event to another instant (typed as {@link InstantText}); refused with the reason when it breaks a rule. */
    public void editInstant(TimelineEvent event, String typed) {
        Instant at;
        try {
            at = InstantText.parse(typed, context.clock().instant());
        } catch (IllegalArgumentException e) {
            message.set(new Message(e.getMessage(), true));
            return;
        }
        connection.run(store -> store.editInstant(event.id(), at, context.user()),
                edited -> {
                    message.set(new Message(event.kind().key() + " moved to " + InstantText.format(at) + " UTC", false));
                    reload();
                },
                e -> message.set(new Message("Not moved: " + reason(e), true)));
    }

    public void assignRole(Role role, String person) {
        if (person == null || person.isBlank()) {
            message.set(new Message("Name the person who takes the " + role.key() + " role", true));
            return;
        }
        connection.run(store -> store.assignRole(incidentId, role, person.strip(), context.user()),
                done -> {
                    message.set(new Message(person.strip() + " is " + role.key(), false));
                    reload();
                },
                e -> message.set(new Message("Role not assigned: " + reason(e), true)));
    }

    /**
     * Writes a status update to the timeline and returns its ready-to-paste text (impact, current
     * status, next update time), which the view copies to the clipboard.
     */
    public String statusUpdate(String impact, String current, int nextUpdateMinutes) {
        Incident i = incident.get();
        Instant now = context.clock().instant();
        String text = "[" + i.severity().name() + "] " + i.id() + " " + i.title() + " — " + i.status().key() + "\n"
                + "Impact: " + (impact == null || impact.isBlank() ? "being assessed" : impact.strip()) + "\n"
                + "Current status: " + (current == null || current.isBlank() ? "investigating" : current.strip()) + "\n"
                + "Next update: " + InstantText.format(now.plus(Duration.ofMinutes(nextUpdateMinutes))).substring(11, 16)
                + " UTC (in " + nextUpdateMinutes + " min)";
        write(new NewEvent(EventKind.STATUS_UPDATE, now, context.user(), text, EventSource.MANUAL),
                "Status update posted to the timeline and copied to the clipboard");
        return text;
    }

    /** Ticks a checklist step: a timeline event, so the postmortem shows when and by whom. */
    public void tickChecklist(ChecklistItem item) {
        if (item.done()) {
            return;
        }
        write(new NewEvent(EventKind.CHECKLIST_ITEM, context.clock().instant(), context.user(), item.text(), EventSource.MANUAL),
                "Done: " + item.text());
    }

    public void openEvidence(Evidence evidence) {
        context.openEvidence().accept(evidence);
    }

    /** Writes the postmortem draft as Markdown; {@code onWritten} gets the file. */
    public void exportPostmortem(Consumer<Path> onWritten) {
        Incident i = incident.get();
        if (i == null) {
            return;
        }
        ResponseTarget target = context.config().get().reliability().target(i.severity());
        Path file = context.postmortemDir().resolve(i.id() + "-postmortem.md");
        connection.run(store -> {
            Incident fresh = store.find(i.id()).orElse(i);
            String md = PostmortemMarkdown.render(fresh, store.timeline(i.id()), target, context.clock().instant());
            Files.createDirectories(file.getParent());
            Files.writeString(file, md);
            return file;
        }, written -> {
            message.set(new Message("Postmortem written to " + written, false));
            onWritten.accept(written);
        }, e -> message.set(new Message("Postmortem not written: " + reason(e), true)));
    }

    private void write(NewEvent event, String done) {
        String id = incidentId;
        connection.run(store -> store.append(id, event),
                written -> {
                    message.set(new Message(done, false));
                    reload();
                },
                e -> message.set(new Message(event.kind().key() + " refused: " + reason(e), true)));
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public ReadOnlyObjectProperty<Incident> incidentProperty() {
        return incident.getReadOnlyProperty();
    }

    public ObservableList<TimelineEntry> entries() {
        return entries;
    }

    public List<TimelineEvent> events() {
        return List.copyOf(events);
    }

    public ObjectProperty<KindFilter> kindFilterProperty() {
        return kindFilter;
    }

    public ReadOnlyObjectProperty<IncidentTimes> timesProperty() {
        return times.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sinceImpactProperty() {
        return sinceImpact.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sinceDetectionProperty() {
        return sinceDetection.getReadOnlyProperty();
    }

    /** The incident's durations as the report counts them, one line ("-" where an end is missing). */
    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ResponseClock> acknowledgeClockProperty() {
        return acknowledgeClock.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ResponseClock> resolveClockProperty() {
        return resolveClock.getReadOnlyProperty();
    }

    /** Why a move is refused now; empty when it is allowed. */
    public ReadOnlyStringProperty refusalProperty(Move move) {
        return refusals.get(move).getReadOnlyProperty();
    }

    public ObservableList<ChecklistItem> checklist() {
        return checklist;
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
