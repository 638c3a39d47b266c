package dev.vigil.views.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.vigil.connectors.logs.FollowedId;
import dev.vigil.connectors.logs.LogContext;
import dev.vigil.connectors.logs.LogHit;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.ScrollPane;

import java.util.Map;
import java.util.TreeMap;

/** The selected line: every field, copy as JSON, follow its trace or client, and what its pod wrote around it. */
final class LogDetailPane extends VBox {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final LogsViewModel model;
    private final GridPane fields = new GridPane();
    private final ListView<LogHit> context = new ListView<>();

    LogDetailPane(LogsViewModel model) {
        this.model = model;
        setId("log-detail");
        getStyleClass().add("log-detail");
        setSpacing(10);
        setMinWidth(300);
        setPrefWidth(420);

        Label title = new Label("Line");
        title.getStyleClass().add("detail-title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button close = new Button("✕");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> model.clearSelection());
        HBox head = new HBox(8, title, grow, close);
        head.setAlignment(Pos.CENTER_LEFT);

        Button followTrace = new Button("Follow trace");
        followTrace.setId("follow-trace");
        followTrace.setOnAction(e -> model.follow(FollowedId.TRACE, model.selectedProperty().get().traceId()));
        Button followClient = new Button("Follow client");
        followClient.setId("follow-client");
        followClient.setOnAction(e -> model.follow(FollowedId.CLIENT, model.selectedProperty().get().clientId()));
        Button copy = new Button("Copy JSON");
        copy.setId("copy-json");
        copy.setOnAction(e -> copyJson(model.selectedProperty().get()));
        Button showContext = new Button("Show context");
        showContext.setId("show-context");
        showContext.setOnAction(e -> model.showContext());
        HBox actions = new HBox(6, followTrace, followClient, showContext, copy);
        actions.getStyleClass().add("detail-actions");

        fields.getStyleClass().add("detail-fields");
        fields.setHgap(12);
        fields.setVgap(4);
        ScrollPane fieldsScroll = new ScrollPane(fields);
        fieldsScroll.setFitToWidth(true);
        fieldsScroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(fieldsScroll, Priority.ALWAYS);

        Label contextTitle = new Label("Context: the same pod around this line");
        contextTitle.getStyleClass().add("detail-subtitle");
        context.setId("log-context");
        context.getStyleClass().add("log-context");
        context.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LogHit h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : LogCells.TIME.format(h.at()) + "  " + h.level() + "  " + h.message());
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("anchor"), !empty && h != null
                        && model.contextProperty().get() != null && h.key().equals(model.contextProperty().get().anchor().key()));
            }
        });
        context.setPrefHeight(220);
        VBox contextBox = new VBox(6, contextTitle, context);
        contextBox.visibleProperty().bind(model.contextProperty().isNotNull());
        contextBox.managedProperty().bind(contextBox.visibleProperty());

        getChildren().addAll(head, actions, fieldsScroll, contextBox);
        model.selectedProperty().addListener((o, a, hit) -> fill(hit));
        model.contextProperty().addListener((o, a, c) -> fillContext(c));
        followTrace.disableProperty().bind(model.selectedProperty().map(h -> h.traceId() == null).orElse(true));
        followClient.disableProperty().bind(model.selectedProperty().map(h -> h.clientId() == null).orElse(true));
        fill(model.selectedProperty().get());
    }

    private void fill(LogHit hit) {
        fields.getChildren().clear();
        if (hit == null) {
            return;
        }
        int row = 0;
        Map<String, Object> flat = new TreeMap<>();
        flatten("", hit.fields(), flat);
        row = add(row, "time", LogCells.TIME.format(hit.at()) + " UTC");
        row = add(row, "index", hit.index());
        for (Map.Entry<String, Object> e : flat.entrySet()) {
            row = add(row, e.getKey(), String.valueOf(e.getValue()));
        }
    }

    private int add(int row, String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add("field-key");
        Label v = new Label(value);
        v.getStyleClass().add("field-value");
        v.setWrapText(true);
        fields.addRow(row, k, v);
        return row + 1;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> source, Map<String, Object> into) {
        source.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                flatten(prefix + k + ".", (Map<String, Object>) m, into);
            } else {
                into.put(prefix + k, v);
            }
        });
    }

    private void fillContext(LogContext c) {
        if (c == null) {
            context.getItems().clear();
            return;
        }
        context.getItems().setAll(c.before());
        context.getItems().add(c.anchor());
        context.getItems().addAll(c.after());
        context.scrollTo(Math.max(0, c.before().size() - 3));
    }

    static String json(LogHit hit) {
        try {
            return JSON.writeValueAsString(hit.fields());
        } catch (JsonProcessingException e) {
            return hit.fields().toString();
        }
    }

    private static void copyJson(LogHit hit) {
        if (hit != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(json(hit));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
