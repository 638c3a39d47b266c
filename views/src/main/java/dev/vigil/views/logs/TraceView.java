package dev.vigil.views.logs;

import dev.vigil.connectors.logs.LogHit;
import dev.vigil.views.common.StyleClasses;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/** A request's story: every line of its trace or client id, oldest first, coloured by service, with the time since the first. */
final class TraceView extends VBox {

    private final ListView<LogHit> lines = new ListView<>();
    private final Label title = new Label();
    private final Label path = new Label();
    private TraceStory story;

    TraceView(LogsViewModel model) {
        setId("trace-view");
        getStyleClass().add("trace-view");
        setSpacing(6);
        title.getStyleClass().add("trace-title");
        path.getStyleClass().add("trace-path");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button close = new Button("Back to results");
        close.setId("close-trace");
        close.setOnAction(e -> model.closeTrace());
        HBox head = new HBox(10, title, path, grow, close);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("trace-head");
        lines.setId("trace-lines");
        lines.getStyleClass().add("trace-lines");
        lines.setFixedCellSize(26);
        lines.setCellFactory(v -> new TraceCell());
        VBox.setVgrow(lines, Priority.ALWAYS);
        getChildren().addAll(head, lines);
        model.traceProperty().addListener((o, a, s) -> show(s));
        lines.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> {
            if (h != null) {
                model.selectedProperty().set(h);
            }
        });
    }

    private void show(TraceStory s) {
        story = s;
        if (s == null) {
            lines.getItems().clear();
            return;
        }
        title.setText((s.kind().word().equals("trace") ? "Trace " : "Client ") + s.id() + " · " + s.lines().size() + " lines"
                + (s.cut() ? " (first " + s.lines().size() + ")" : ""));
        List<String> services = s.services();
        path.setText(s.lines().isEmpty() ? "no line carries this id in the range" : String.join(" → ", services));
        lines.getItems().setAll(s.lines());
    }

    private final class TraceCell extends ListCell<LogHit> {
        private final Label offset = new Label();
        private final Label service = new Label();
        private final Label level = new Label();
        private final Label message = new Label();
        private final HBox box = new HBox(10, offset, service, level, message);

        TraceCell() {
            offset.getStyleClass().add("trace-offset");
            offset.setMinWidth(76);
            service.getStyleClass().add("trace-service");
            service.setMinWidth(110);
            level.getStyleClass().add("trace-level");
            level.setMinWidth(52);
            message.getStyleClass().add("trace-message");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(LogHit h, boolean empty) {
            super.updateItem(h, empty);
            if (empty || h == null || story == null) {
                setGraphic(null);
                return;
            }
            long ms = story.offset(h).toMillis();
            offset.setText(ms < 10_000 ? "+" + ms + " ms" : "+" + ms / 1000 + " s");
            service.setText(h.service() + " · " + h.pod());
            int slot = Math.max(0, story.services().indexOf(h.service())) % 6;
            StyleClasses.chooseByPrefix(service, "svc-", "svc-" + slot);
            level.setText(h.level());
            StyleClasses.choose(level, LogCells.LEVELS, LogCells.levelClass(h.level()));
            message.setText(h.message());
            setGraphic(box);
        }
    }
}
