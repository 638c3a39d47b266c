package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.ActionOutcome;
import dev.vigil.connectors.alerting.Alert;
import dev.vigil.connectors.alerting.AlertAction;
import dev.vigil.connectors.alerting.AlertCommand;
import dev.vigil.connectors.alerting.AlertSource;
import dev.vigil.connectors.alerting.AlertStatus;
import dev.vigil.environments.Environment;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.IncidentDeclarer;
import dev.vigil.views.common.IncidentJournal;
import dev.vigil.views.common.Pinboard;
import dev.vigil.views.common.TypedConfirmation;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * What the operator does to the selected alert. Acknowledge, unacknowledge, snooze, expire and notes
 * run at once; close and silence first ask (in production with the alert's service typed). The
 * outcome, or the provider's reason, shows under the buttons; while an incident is active every
 * change is written to its timeline. Pin and "declare incident from alert" hand the alert on.
 */
public final class AlertActionsViewModel {

    private final AlertsViewModel alerts;
    private final AlertDetailViewModel detail;
    private final Pinboard pinboard;
    private final IncidentJournal journal;
    private final IncidentDeclarer declarer;
    private final String who;
    private final ExecutorService io;
    private final Executor fx;

    private final TypedConfirmation<AlertCommand> confirmation = new TypedConfirmation<>();
    private final Map<AlertAction, BooleanBinding> enabled = new EnumMap<>(AlertAction.class);
    private final ObjectProperty<Duration> duration = new SimpleObjectProperty<>(Duration.ofHours(1));
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding pinnable;

    public AlertActionsViewModel(AlertsViewModel alerts, AlertDetailViewModel detail, Pinboard pinboard,
                                 IncidentJournal journal, IncidentDeclarer declarer, String who, ExecutorService io, Executor fx) {
        this.alerts = Objects.requireNonNull(alerts);
        this.detail = Objects.requireNonNull(detail);
        this.pinboard = Objects.requireNonNull(pinboard);
        this.journal = Objects.requireNonNull(journal);
        this.declarer = Objects.requireNonNull(declarer);
        this.who = who == null || who.isBlank() ? "operator" : who;
        this.io = io;
        this.fx = fx;
        for (AlertAction a : AlertAction.values()) {
            enabled.put(a, Bindings.createBooleanBinding(() -> allowed(a), alerts.selectedProperty(), alerts.sourceProperty(), busy));
        }
        pinnable = Bindings.createBooleanBinding(() -> alerts.selectedProperty().get() != null
                && pinboard.activeIncidentProperty().get() != null, alerts.selectedProperty(), pinboard.activeIncidentProperty());
        alerts.selectedProperty().addListener((o, was, now) -> {
            if (was == null || now == null || !was.id().equals(now.id())) {
                confirmation.cancel();
                result.set("");
                note.set("");
            }
        });
    }

    private boolean allowed(AlertAction action) {
        Alert a = alerts.selectedProperty().get();
        AlertSource s = alerts.sourceProperty().get();
        if (a == null || s == null || busy.get() || !s.actions().contains(action)) {
            return false;
        }
        AlertStatus st = a.status();
        return switch (action) {
            case ACKNOWLEDGE -> st == AlertStatus.OPEN || (st == AlertStatus.SNOOZED && a.acknowledgedBy().isEmpty());
            case UNACKNOWLEDGE -> st == AlertStatus.ACKNOWLEDGED;
            case CLOSE -> st.active();
            case SNOOZE -> st == AlertStatus.OPEN || st == AlertStatus.ACKNOWLEDGED;
            case SILENCE -> st != AlertStatus.SNOOZED && st.active();
            case EXPIRE_SILENCE -> !a.silencedBy().isEmpty();
            case ADD_NOTE -> true;
        };
    }

    /** Runs now and whenever the source (and so the supported actions) changes. */
    public void supportsChanged(Runnable r) {
        r.run();
        alerts.sourceProperty().addListener((o, a, b) -> r.run());
    }

    /** Whether the provider has this action at all (the view hides the others). */
    public boolean supports(AlertAction action) {
        AlertSource s = alerts.sourceProperty().get();
        return s != null && s.actions().contains(action);
    }

    /** Asks for an action on the selected alert: destructive ones wait for confirmation, the rest run now. */
    public void request(AlertAction action) {
        Alert a = alerts.selectedProperty().get();
        if (a != null && !supports(action) && alerts.sourceProperty().get() != null) {
            // A key pressed for an action the provider lacks (a on Alertmanager) says what to do instead.
            failed.set(true);
            result.set(AlertsViewModel.capitalised(alerts.sourceProperty().get().name()) + " has no " + action.title().toLowerCase(java.util.Locale.ROOT)
                    + (supports(AlertAction.SILENCE) ? ": silence the alert instead" : supports(AlertAction.SNOOZE)
                    ? ": snooze the alert instead" : ""));
            return;
        }
        if (a == null || !enabled.get(action).get()) {
            return;
        }
        Duration d = action == AlertAction.SNOOZE || action == AlertAction.SILENCE ? duration.get() : null;
        AlertCommand command = new AlertCommand(action, a.id(), who, note.get() == null ? "" : note.get().strip(), d);
        result.set("");
        if (action.destructive()) {
            confirmation.ask(command, describe(command, a), guarded() ? confirmationWord(a) : null);
        } else {
            run(command, a);
        }
    }

    /** Adds the typed note to the selected alert. */
    public void addNote() {
        if (note.get() == null || note.get().isBlank()) {
            return;
        }
        request(AlertAction.ADD_NOTE);
    }

    /** Runs the pending close or silence if confirmed. */
    public void confirm() {
        AlertCommand command = confirmation.take();
        Alert a = alerts.selectedProperty().get();
        if (command != null && a != null && a.id().equals(command.alertId())) {
            run(command, a);
        }
    }

    public void cancel() {
        confirmation.cancel();
    }

    private record Done(ActionOutcome outcome, String text) {
    }

    private void run(AlertCommand command, Alert alert) {
        AlertSource source = alerts.sourceProperty().get();
        Environment env = alerts.environmentProperty().get();
        String what = describe(command, alert);
        busy.set(true);
        failed.set(false);
        result.set(what + "…");
        BackgroundTask.of(() -> {
                    ActionOutcome outcome = source.perform(command);
                    String line = what + " (" + (env == null ? "" : env.name()) + ", by " + who + "): "
                            + (outcome.succeeded() ? outcome.message() : "failed — " + outcome.message());
                    boolean journaled = command.action() != AlertAction.ADD_NOTE && journal.recordAction(line);
                    return new Done(outcome, outcome.message() + (journaled ? " · added to the incident timeline" : ""));
                })
                .onSuccess(done -> {
                    ActionOutcome outcome = done.outcome();
                    failed.set(!outcome.succeeded());
                    result.set((outcome.succeeded() ? "" : "Not done: ") + done.text());
                    if (outcome.succeeded() && command.action() == AlertAction.ADD_NOTE) {
                        note.set("");
                    }
                    detail.reload();
                })
                .onError(e -> {
                    failed.set(true);
                    result.set(what + ": " + e.getMessage());
                })
                .andFinally(() -> busy.set(false))
                .start(io, fx);
    }

    /** Pins the selected alert to the active incident as evidence of kind {@code alert}. */
    public void pin() {
        Alert a = alerts.selectedProperty().get();
        if (a == null) {
            return;
        }
        Environment env = alerts.environmentProperty().get();
        pinboard.pin(AlertEvidence.draft(a, env == null ? null : env.name()),
                incident -> {
                    failed.set(false);
                    result.set("Pinned to " + incident.id() + " " + incident.title());
                },
                e -> {
                    failed.set(true);
                    result.set("Not pinned: " + e.getMessage());
                });
    }

    /** Opens the declare form prefilled from the selected alert. */
    public void declareIncident() {
        Alert a = alerts.selectedProperty().get();
        if (a != null) {
            Environment env = alerts.environmentProperty().get();
            declarer.declareFrom(AlertEvidence.seed(a, env == null ? null : env.name()));
        }
    }

    /** Production environments ask for the word to be typed before a close or silence. */
    public boolean guarded() {
        Environment env = alerts.environmentProperty().get();
        return env != null && env.guarded();
    }

    /** What to type to confirm: the alert's service, or the start of its id when it names none. */
    static String confirmationWord(Alert a) {
        return !a.service().isBlank() ? a.service() : a.id().length() > 8 ? a.id().substring(0, 8) : a.id();
    }

    static String describe(AlertCommand c, Alert a) {
        String title = "alert \"" + a.title() + "\" (" + a.priority() + (a.service().isBlank() ? "" : ", " + a.service()) + ")";
        return switch (c.action()) {
            case SNOOZE -> "Snooze " + title + " for " + human(c.duration());
            case SILENCE -> "Silence " + title + " for " + human(c.duration());
            case ADD_NOTE -> "Add a note to " + title;
            default -> c.action().title() + " " + title;
        };
    }

    static String human(Duration d) {
        long m = d.toMinutes();
        return m % (60 * 24) == 0 ? m / (60 * 24) + " d" : m % 60 == 0 ? m / 60 + " h" : m + " min";
    }

    public BooleanBinding enabledProperty(AlertAction action) {
        return enabled.get(action);
    }

    public BooleanBinding pinnableProperty() {
        return pinnable;
    }

    public TypedConfirmation<AlertCommand> confirmation() {
        return confirmation;
    }

    /** How long a snooze or silence lasts. */
    public ObjectProperty<Duration> durationProperty() {
        return duration;
    }

    /** The note to add, or the comment of a silence, snooze or acknowledgement. */
    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether the last outcome was a refusal or error (the view colours it). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
