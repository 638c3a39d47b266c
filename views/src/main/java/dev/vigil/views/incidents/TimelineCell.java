package dev.vigil.views.incidents;

import dev.vigil.incidents.EventEdit;
import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.TimelineEvent;
import dev.vigil.views.common.StyleClasses;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/** One timeline row: an hour heading, or an event with its time, kind, who, source, text and edits. */
final class TimelineCell extends ListCell<TimelineEntry> {

    private static final java.util.List<String> KINDS = java.util.List.of("timeline-hour", "timeline-event");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("EEE d MMM, HH:00", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Consumer<TimelineEvent> editInstant;

    TimelineCell(Consumer<TimelineEvent> editInstant) {
        this.editInstant = editInstant;
        // Cells take the list's width (and wrap long notes) instead of widening it.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TimelineEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        StyleClasses.choose(this, KINDS, empty || entry == null ? null
                : entry instanceof TimelineEntry.Hour ? "timeline-hour" : "timeline-event");
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        switch (entry) {
            case TimelineEntry.Hour h -> {
                Label label = new Label(HOUR.format(h.start()) + " UTC  ·  " + h.events() + (h.events() == 1 ? " event" : " events"));
                setGraphic(label);
            }
            case TimelineEntry.Event ev -> {
                setGraphic(eventRow(ev.event()));
            }
        }
    }

    private HBox eventRow(TimelineEvent e) {
        Label time = new Label(TIME.format(e.at()));
        time.getStyleClass().add("timeline-time");
        FontIcon icon = new FontIcon(icon(e.kind()));
        icon.getStyleClass().addAll("timeline-icon", "kind-" + e.kind().key());
        Label kind = new Label(label(e.kind()));
        kind.getStyleClass().addAll("timeline-kind", "kind-" + e.kind().key());
        Label who = new Label((e.author() == null ? "" : e.author()) + "  ·  " + e.source().key());
        who.getStyleClass().add("timeline-who");
        HBox head = new HBox(8, kind, who);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(2, head);
        if (e.text() != null && !e.text().isBlank() && e.kind() != EventKind.DETECTED) {
            Label text = new Label(e.text());
            text.setWrapText(true);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            text.getStyleClass().add(e.kind() == EventKind.STATUS_UPDATE ? "timeline-text-mono" : "timeline-text");
            body.getChildren().add(text);
        }
        HBox.setHgrow(body, Priority.ALWAYS);
        body.setMinWidth(0);
        body.setMaxWidth(Double.MAX_VALUE);
        Region spacer = new Region();
        HBox row = new HBox(10, time, icon, body, spacer);
        row.setAlignment(Pos.TOP_LEFT);
        if (e.edited()) {
            Label edited = new Label("edited");
            edited.getStyleClass().add("edited-badge");
            edited.setId("edited-" + e.id());
            StringBuilder history = new StringBuilder("Instant changed:");
            for (EventEdit edit : e.edits()) {
                history.append("\n").append(InstantText.format(edit.previousAt())).append(" → ")
                        .append(InstantText.format(edit.newAt())).append(" by ")
                        .append(edit.editedBy() == null ? "?" : edit.editedBy())
                        .append(" at ").append(InstantText.format(edit.editedAt()));
            }
            edited.setTooltip(new Tooltip(history.toString()));
            row.getChildren().add(edited);
        }
        Button edit = new Button(null, new FontIcon(Feather.CLOCK));
        edit.getStyleClass().addAll("flat", "timeline-edit");
        edit.setId("edit-event-" + e.id());
        edit.setTooltip(new Tooltip("Change when this happened (back-date)"));
        edit.setOnAction(a -> editInstant.accept(e));
        row.getChildren().add(edit);
        return row;
    }

    static String label(EventKind kind) {
        String k = kind.key().replace('_', ' ');
        return k.substring(0, 1).toUpperCase(Locale.ROOT) + k.substring(1);
    }

    static Ikon icon(EventKind kind) {
        return switch (kind) {
            case IMPACT_STARTED -> Feather.ZAP;
            case DETECTED -> Feather.BELL;
            case ACKNOWLEDGED -> Feather.USER_CHECK;
            case CONTAINED -> Feather.SHIELD;
            case RESOLVED -> Feather.CHECK_CIRCLE;
            case REOPENED -> Feather.ROTATE_CCW;
            case CLOSED -> Feather.ARCHIVE;
            case NOTE -> Feather.MESSAGE_SQUARE;
            case STATUS_UPDATE -> Feather.RADIO;
            case ACTION -> Feather.TOOL;
            case LINK -> Feather.PAPERCLIP;
            case ROLE_ASSIGNED -> Feather.USERS;
            case CHECKLIST_ITEM -> Feather.CHECK_SQUARE;
        };
    }
}
