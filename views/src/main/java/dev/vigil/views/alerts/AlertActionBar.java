package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.AlertAction;
import dev.vigil.views.common.ConfirmationStrip;
import dev.vigil.views.common.LabelConverter;
import dev.vigil.views.common.MessageLabel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Duration;
import java.util.List;

/**
 * The selected alert's actions: the provider's own (acknowledge, close, snooze or silence, notes),
 * then handing it on (pin to the active incident, declare an incident from it). The confirmation
 * strip and the outcome, or the server's reason, sit right under the buttons.
 */
final class AlertActionBar extends VBox {

    private final Button acknowledge;
    private final Button close;

    AlertActionBar(AlertActionsViewModel model) {
        super(8);
        getStyleClass().add("alert-actions");
        acknowledge = button(model, AlertAction.ACKNOWLEDGE, "alert-acknowledge", Feather.CHECK, "Acknowledge (a)");
        acknowledge.getStyleClass().add("accent");
        Button unack = button(model, AlertAction.UNACKNOWLEDGE, "alert-unacknowledge", Feather.ROTATE_CCW, "Unacknowledge");
        close = button(model, AlertAction.CLOSE, "alert-close", Feather.X_CIRCLE, "Close (c)");
        Button snooze = button(model, AlertAction.SNOOZE, "alert-snooze", Feather.MOON, "Snooze");
        Button silence = button(model, AlertAction.SILENCE, "alert-silence", Feather.VOLUME_X, "Silence");
        Button expire = button(model, AlertAction.EXPIRE_SILENCE, "alert-expire", Feather.VOLUME_2, "Expire silence");
        ComboBox<Duration> duration = new ComboBox<>();
        duration.setId("alert-duration");
        duration.getItems().setAll(List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(24)));
        duration.setConverter(LabelConverter.of(d -> d == null ? "" : "for " + AlertActionsViewModel.human(d)));
        duration.valueProperty().bindBidirectional(model.durationProperty());
        duration.setTooltip(new Tooltip("How long a snooze or silence lasts"));
        duration.disableProperty().bind(Bindings.and(model.enabledProperty(AlertAction.SNOOZE).not(),
                model.enabledProperty(AlertAction.SILENCE).not()));
        FlowPane provider = new FlowPane(8, 6, acknowledge, unack, close, snooze, silence, duration, expire);
        provider.setAlignment(Pos.CENTER_LEFT);
        // Only the provider's own actions are shown: Alertmanager silences, Opsgenie snoozes.
        java.util.Map<Button, AlertAction> own = new java.util.LinkedHashMap<>();
        own.put(acknowledge, AlertAction.ACKNOWLEDGE);
        own.put(unack, AlertAction.UNACKNOWLEDGE);
        own.put(close, AlertAction.CLOSE);
        own.put(snooze, AlertAction.SNOOZE);
        own.put(silence, AlertAction.SILENCE);
        own.put(expire, AlertAction.EXPIRE_SILENCE);
        model.supportsChanged(() -> {
            own.forEach((b, action) -> {
                b.setVisible(model.supports(action));
                b.setManaged(b.isVisible());
            });
            boolean timed = model.supports(AlertAction.SNOOZE) || model.supports(AlertAction.SILENCE);
            duration.setVisible(timed);
            duration.setManaged(timed);
        });

        Button pin = new Button("Pin to incident", new FontIcon(Feather.PAPERCLIP));
        pin.setId("alert-pin");
        pin.disableProperty().bind(model.pinnableProperty().not());
        pin.setOnAction(e -> model.pin());
        pin.setTooltip(new Tooltip("Adds this alert as evidence to the incident open in the workspace"));
        Button declare = new Button("Declare incident", new FontIcon(Feather.ALERT_OCTAGON));
        declare.setId("alert-declare");
        declare.getStyleClass().add("danger");
        declare.setOnAction(e -> model.declareIncident());
        declare.setTooltip(new Tooltip("Opens the declare form prefilled from this alert; it is detected when the alert was created"));
        HBox handOn = new HBox(8, pin, declare);
        handOn.setAlignment(Pos.CENTER_LEFT);

        TextField note = new TextField();
        note.setId("alert-note");
        note.setPromptText("Note, or the comment of a silence, snooze or acknowledgement");
        note.textProperty().bindBidirectional(model.noteProperty());
        note.setOnAction(e -> model.addNote());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button addNote = new Button("Add note", new FontIcon(Feather.MESSAGE_SQUARE));
        addNote.setId("alert-add-note");
        addNote.disableProperty().bind(model.enabledProperty(AlertAction.ADD_NOTE).not().or(model.noteProperty().isEmpty()));
        addNote.setOnAction(e -> model.addNote());
        HBox noteRow = new HBox(8, note, addNote);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        noteRow.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.supports(AlertAction.ADD_NOTE)
                || model.supports(AlertAction.SILENCE), model.enabledProperty(AlertAction.ADD_NOTE), model.enabledProperty(AlertAction.SILENCE)));
        noteRow.managedProperty().bind(noteRow.visibleProperty());

        ConfirmationStrip confirm = new ConfirmationStrip(model.confirmation(), model::confirm);
        Label result = MessageLabel.of("alert-action-result", "action-result", model.resultProperty());
        result.setWrapText(true);
        model.failedProperty().addListener((o, a, failed) -> result.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("failed"), failed));
        getChildren().addAll(provider, noteRow, confirm, result, handOn);
    }

    private static Button button(AlertActionsViewModel model, AlertAction action, String id, Feather icon, String tip) {
        Button b = new Button(action.title(), new FontIcon(icon));
        b.setId(id);
        b.disableProperty().bind(model.enabledProperty(action).not());
        b.setOnAction(e -> model.request(action));
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    void focusFirstAction() {
        (acknowledge.isDisabled() ? close : acknowledge).requestFocus();
    }
}
