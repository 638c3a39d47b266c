package dev.vigil.views.shell;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Ctrl+K: a search field over every command (sections, environments, actions). Typing filters
 * fuzzily, arrows move, Enter runs, Esc or a click outside closes.
 */
final class CommandPaletteView extends StackPane {

    private final ShellViewModel model;
    private final TextField input = new TextField();
    private final ListView<PaletteCommand> results = new ListView<>();

    CommandPaletteView(ShellViewModel model) {
        this.model = model;
        setId("command-palette");
        getStyleClass().add("overlay-scrim");
        setAlignment(Pos.TOP_CENTER);

        input.setId("palette-input");
        input.setPromptText("Type a command, a section or an environment…");
        input.getStyleClass().add("palette-input");
        FontIcon searchIcon = new FontIcon(Feather.SEARCH);
        HBox field = new HBox(10, searchIcon, input);
        field.setAlignment(Pos.CENTER_LEFT);
        field.getStyleClass().add("palette-field");
        HBox.setHgrow(input, Priority.ALWAYS);

        results.setId("palette-results");
        results.getStyleClass().add("palette-results");
        results.setCellFactory(list -> new CommandCell());
        results.setPrefHeight(380);
        results.setFocusTraversable(false);

        VBox card = new VBox(field, results);
        card.getStyleClass().add("palette-card");
        card.setMaxWidth(640);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setOnMouseClicked(e -> e.consume());
        StackPane.setMargin(card, new javafx.geometry.Insets(90, 0, 0, 0));
        getChildren().add(card);

        setOnMouseClicked(e -> model.closePalette());
        input.textProperty().addListener((obs, old, text) -> refresh(text));
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                move(1);
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                move(-1);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                runSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.closePalette();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                runSelected();
            }
        });
    }

    /** Called when the palette opens: a fresh search with the field focused. */
    void reset() {
        input.clear();
        refresh("");
        Platform.runLater(input::requestFocus);
    }

    private void refresh(String query) {
        results.getItems().setAll(model.search(query));
        if (!results.getItems().isEmpty()) {
            results.getSelectionModel().select(0);
            results.scrollTo(0);
        }
    }

    private void move(int delta) {
        int size = results.getItems().size();
        if (size == 0) {
            return;
        }
        int next = Math.floorMod(results.getSelectionModel().getSelectedIndex() + delta, size);
        results.getSelectionModel().select(next);
        results.scrollTo(Math.max(0, next - 4));
    }

    private void runSelected() {
        PaletteCommand command = results.getSelectionModel().getSelectedItem();
        if (command != null) {
            model.closePalette();
            command.action().run();
        }
    }

    private static final class CommandCell extends ListCell<PaletteCommand> {
        @Override
        protected void updateItem(PaletteCommand item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(item.title(), new FontIcon(item.icon()));
            title.setGraphicTextGap(10);
            title.getStyleClass().add("palette-title");
            Label group = new Label(item.group());
            group.getStyleClass().add("palette-group");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(10, title, spacer, group);
            if (!item.shortcut().isEmpty()) {
                Label key = new Label(item.shortcut());
                key.getStyleClass().add("kbd");
                row.getChildren().add(key);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
