package dev.vigil.views.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/** The "?" overlay: every keyboard shortcut of the window, in one place. */
final class ShortcutsOverlay extends StackPane {

    record Shortcut(String keys, String what) {
    }

    static List<Shortcut> shortcuts() {
        List<Shortcut> list = new ArrayList<>();
        list.add(new Shortcut("Ctrl+K", "Command palette: jump anywhere, run anything"));
        for (Section s : Section.values()) {
            list.add(new Shortcut("Ctrl+" + (s.ordinal() + 1), "Go to " + s.title()));
        }
        list.add(new Shortcut("Ctrl+N", "Declare an incident"));
        list.add(new Shortcut("Ctrl+Enter", "Add the note you are typing (incident workspace)"));
        list.add(new Shortcut("Ctrl+Shift+L", "Toggle dark / light theme"));
        list.add(new Shortcut("?", "Show or hide this list"));
        list.add(new Shortcut("Esc", "Close the palette or this list; leave an incident for the list"));
        list.add(new Shortcut("/", "Cluster: filter pods (k9s syntax: -l app=x, ns:y, status:!Running)"));
        list.add(new Shortcut("Enter", "Cluster: open the selected pod"));
        list.add(new Shortcut("d / l", "Cluster: the pod's details / its logs"));
        list.add(new Shortcut("Esc", "Cluster: leave the filter, close the pod"));
        list.add(new Shortcut("/", "Alerts: filter by title, service, label or tag"));
        list.add(new Shortcut("a / c", "Alerts: acknowledge / close the selected alert"));
        list.add(new Shortcut("Enter", "Alerts: to the selected alert's actions"));
        return list;
    }

    ShortcutsOverlay(ShellViewModel model) {
        setId("shortcuts-overlay");
        getStyleClass().add("overlay-scrim");
        setAlignment(Pos.CENTER);

        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("overlay-title");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(10);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(120);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, text);
        int row = 0;
        for (Shortcut s : shortcuts()) {
            Label k = new Label(s.keys());
            k.getStyleClass().add("kbd");
            grid.add(k, 0, row);
            grid.add(new Label(s.what()), 1, row);
            row++;
        }
        Label close = new Label("Press Esc or ? to close");
        close.getStyleClass().add("section-purpose");
        VBox card = new VBox(18, title, grid, close);
        card.getStyleClass().add("palette-card");
        card.setMaxWidth(520);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setOnMouseClicked(e -> e.consume());
        getChildren().add(card);
        setOnMouseClicked(e -> model.closeOverlays());
    }
}
