package dev.vigil.views.incidents;

import dev.vigil.incidents.TimelineEvent;
import dev.vigil.views.common.Ticker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** The incident workspace: header and clocks on top, the timeline with a note composer, the side panel. */
final class WorkspaceView extends BorderPane {

    private final WorkspaceViewModel model;
    private final ListView<TimelineEntry> timeline = new ListView<>();

    WorkspaceView(WorkspaceViewModel model, Runnable back, Clock clock) {
        this.model = model;
        setId("incident-workspace");
        getStyleClass().add("workspace");
        setTop(new WorkspaceHeader(model, back, () -> model.exportPostmortem(path -> { })));

        ToggleGroup filters = new ToggleGroup();
        HBox filterBar = new HBox();
        for (WorkspaceViewModel.KindFilter f : WorkspaceViewModel.KindFilter.values()) {
            ToggleButton b = new ToggleButton(f.label());
            b.setId("timeline-filter-" + f.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(filters);
            b.setSelected(f == model.kindFilterProperty().get());
            b.getStyleClass().add(f.ordinal() == 0 ? "left-pill" : f.ordinal() == 3 ? "right-pill" : "center-pill");
            b.setOnAction(e -> {
                model.kindFilterProperty().set(f);
                b.setSelected(true);
            });
            filterBar.getChildren().add(b);
        }

        timeline.setId("timeline");
        timeline.getStyleClass().add("timeline");
        timeline.setItems(model.entries());
        timeline.setCellFactory(l -> new TimelineCell(this::askNewInstant));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        model.entries().addListener((javafx.collections.ListChangeListener<TimelineEntry>) c -> {
            // Follow the newest event, as a live feed does; after layout, or the list ignores it.
            if (!model.entries().isEmpty()) {
                javafx.application.Platform.runLater(() -> timeline.scrollTo(model.entries().size() - 1));
            }
        });

        TextArea note = new TextArea();
        note.setId("note-input");
        note.setPromptText("Add a note (Markdown). What was tried, what changed, what you see. Ctrl+Enter adds it.");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        Button add = new Button("Add note", new FontIcon(Feather.SEND));
        add.setId("add-note");
        add.setOnAction(e -> {
            model.addNote(note.getText());
            note.clear();
        });
        note.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                add.fire();
                e.consume();
            }
        });
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox composer = new HBox(8, note, add);
        composer.setAlignment(Pos.BOTTOM_RIGHT);

        VBox left = new VBox(10, filterBar, timeline, composer);
        left.setPadding(new Insets(0, 8, 0, 0));

        ScrollPane side = new ScrollPane(new WorkspaceSidePanel(model));
        side.setFitToWidth(true);
        side.getStyleClass().add("section-scroll");
        side.setMinWidth(300);
        SplitPane split = new SplitPane(left, side);
        split.setDividerPositions(0.66);
        split.getStyleClass().add("workspace-split");
        setCenter(split);
        BorderPane.setMargin(split, new Insets(12, 0, 0, 0));
        setPadding(new Insets(14, 20, 12, 20));

        Ticker.whileShowing(this, Duration.ofSeconds(1), () -> model.tick(clock.instant()));
    }

    private void askNewInstant(TimelineEvent event) {
        TextInputDialog dialog = new TextInputDialog(InstantText.format(event.at()));
        dialog.setTitle("Change when it happened");
        dialog.setHeaderText("When did '" + event.kind().key().replace('_', ' ') + "' really happen? (UTC)");
        dialog.setContentText("Time:");
        dialog.getEditor().setId("instant-input");
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(text -> model.editInstant(event, text));
    }
}
