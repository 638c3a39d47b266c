package dev.vigil.views.logs;

import dev.vigil.connectors.logs.FollowedId;
import dev.vigil.connectors.logs.LogHit;
import dev.vigil.views.common.LabelConverter;
import dev.vigil.views.common.ServiceFilterBox;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The Logs section: query bar, histogram, result table (or live tail, or a followed trace) and the
 * selected line's details. Keyboard first: {@code /} focuses the query, Enter runs, Esc clears the selection.
 */
public final class LogsView extends StackPane {

    private final LogsViewModel model;
    private final TextField query = new TextField();
    private final TableView<LogHit> table = new TableView<>();
    private final SplitPane split = new SplitPane();
    private final LogDetailPane detail;
    private boolean swallowSlash;

    public LogsView(LogsViewModel model, Runnable openSettings) {
        this.model = model;
        setId("logs-view");
        getStyleClass().add("logs-view");
        getStylesheets().add(Objects.requireNonNull(LogsView.class.getResource("logs.css")).toExternalForm());
        detail = new LogDetailPane(model);

        BorderPane main = new BorderPane();
        main.setTop(new VBox(bar(), customRange(), errorLine()));
        TraceView trace = new TraceView(model);
        trace.visibleProperty().bind(model.traceProperty().isNotNull());
        buildTable();
        StackPane results = new StackPane(table, jumpToLatest(), trace);
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox left = new VBox(6, new LogHistogramView(model.histogramProperty(), model::zoom), summary(), results);
        left.getStyleClass().add("logs-results");
        split.getItems().add(left);
        split.setOrientation(Orientation.HORIZONTAL);
        model.selectedProperty().addListener((o, a, hit) -> showDetail(hit != null));
        main.setCenter(split);
        main.visibleProperty().bind(model.configuredProperty());
        getChildren().addAll(main, notConfigured(openSettings), findIdBox());

        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        // The "/" that focused the query must not land in it.
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowSlash && "/".equals(e.getCharacter())) {
                swallowSlash = false;
                e.consume();
            }
        });
    }

    private HBox bar() {
        query.setId("log-query");
        query.setPromptText("Search logs: words, \"phrases\", field:value, AND / OR / NOT   (/ to focus, Enter to run)");
        query.textProperty().bindBidirectional(model.queryTextProperty());
        query.setOnAction(e -> model.run());
        HBox.setHgrow(query, Priority.ALWAYS);
        ContextMenu recent = new ContextMenu();
        Button history = new Button(null, new FontIcon(Feather.CLOCK));
        history.setId("log-history");
        history.getStyleClass().add("flat");
        history.setOnAction(e -> {
            recent.getItems().clear();
            if (model.history().isEmpty()) {
                MenuItem none = new MenuItem("No queries run yet");
                none.setDisable(true);
                recent.getItems().add(none);
            }
            for (String q : model.history()) {
                MenuItem item = new MenuItem(q);
                item.setOnAction(x -> {
                    model.queryTextProperty().set(q);
                    model.run();
                });
                recent.getItems().add(item);
            }
            recent.show(history, javafx.geometry.Side.BOTTOM, 0, 0);
        });

        ComboBox<LogRange> range = new ComboBox<>(FXCollections.observableArrayList(LogRange.values()));
        range.setId("log-range");
        range.setConverter(LabelConverter.of(r -> r == null ? "" : r.label()));
        range.valueProperty().bindBidirectional(model.rangeProperty());
        range.setOnAction(e -> {
            if (range.getValue() != LogRange.CUSTOM) {
                model.run();
            }
        });
        ServiceFilterBox services = new ServiceFilterBox(model.services(), model.serviceProperty());
        services.setId("log-service");
        services.setOnAction(e -> model.run());
        ComboBox<String> level = new ComboBox<>();
        level.setId("log-level");
        level.setConverter(LabelConverter.of(l -> l == null ? "All levels" : l));
        Runnable fillLevels = () -> {
            String keep = level.getValue();
            level.getItems().setAll((String) null);
            level.getItems().addAll(model.levels());
            level.setValue(keep);
        };
        model.levels().addListener((ListChangeListener<String>) c -> fillLevels.run());
        fillLevels.run();
        level.valueProperty().addListener((o, a, v) -> {
            model.levelProperty().set(v);
            model.run();
        });
        Button run = new Button("Search", new FontIcon(Feather.SEARCH));
        run.setId("log-run");
        run.getStyleClass().add("accent");
        run.setDefaultButton(false);
        run.setOnAction(e -> model.run());
        ToggleButton live = new ToggleButton("Live", new FontIcon(Feather.RADIO));
        live.setId("log-live");
        live.selectedProperty().bindBidirectional(model.liveProperty());
        Button pin = new Button("Pin", new FontIcon(Feather.PAPERCLIP));
        pin.setId("log-pin");
        pin.disableProperty().bind(model.canPinProperty().not());
        pin.setOnAction(e -> model.pin());
        pin.setTooltip(new javafx.scene.control.Tooltip("Pin the query, range, filters and the first 200 lines to the open incident"));
        HBox bar = new HBox(8, history, query, range, services, level, run, live, pin);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("log-bar");
        return bar;
    }

    private Node customRange() {
        TextField from = new TextField();
        from.setId("log-from");
        TextField to = new TextField();
        to.setId("log-to");
        from.setPromptText("from, e.g. 2026-11-22T14:00:00Z");
        to.setPromptText("to");
        Label hint = new Label("UTC, ISO-8601 · or drag across the histogram");
        hint.getStyleClass().add("muted");
        Runnable apply = () -> {
            try {
                model.customRange(Instant.parse(from.getText().strip()), Instant.parse(to.getText().strip()));
            } catch (DateTimeParseException e) {
                hint.setText("Cannot read that time: write e.g. 2026-11-22T14:00:00Z");
            }
        };
        from.setOnAction(e -> apply.run());
        to.setOnAction(e -> apply.run());
        Button go = new Button("Apply");
        go.setOnAction(e -> apply.run());
        HBox box = new HBox(8, new Label("From"), from, new Label("to"), to, go, hint);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("log-custom-range");
        box.visibleProperty().bind(model.rangeProperty().isEqualTo(LogRange.CUSTOM));
        box.managedProperty().bind(box.visibleProperty());
        model.rangeProperty().addListener((o, a, r) -> {
            if (r == LogRange.CUSTOM) {
                var q = model.lastQueryProperty().get();
                from.setText(model.customFrom() != null ? model.customFrom().toString() : q == null ? "" : q.from().toString());
                to.setText(model.customTo() != null ? model.customTo().toString() : q == null ? "" : q.to().toString());
            }
        });
        return box;
    }

    private Node errorLine() {
        Label error = new Label();
        error.setId("log-error");
        error.getStyleClass().add("log-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label pinned = new Label();
        pinned.getStyleClass().add("log-pinned");
        pinned.textProperty().bind(model.pinMessageProperty());
        pinned.visibleProperty().bind(model.pinMessageProperty().isNotEmpty());
        pinned.managedProperty().bind(pinned.visibleProperty());
        return new VBox(4, error, pinned);
    }

    private Node summary() {
        Label count = new Label();
        count.setId("log-count");
        count.getStyleClass().add("log-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (model.liveProperty().get()) {
                return "Live · " + model.tail().lines().size() + " lines (newest at the bottom, at most " + LiveTail.CAPACITY + " kept)";
            }
            if (model.searchingProperty().get()) {
                return "Searching " + model.sourceDescriptionProperty().get() + "…";
            }
            long total = model.totalProperty().get();
            return String.format("%,d%s lines · %,d shown · %s", total, model.totalExactProperty().get() ? "" : "+",
                    model.rows().size(), model.sourceDescriptionProperty().get());
        }, model.liveProperty(), model.searchingProperty(), model.totalProperty(), model.rows(), model.tail().lines(),
                model.sourceDescriptionProperty()));
        return count;
    }

    private void buildTable() {
        table.setId("log-table");
        table.getStyleClass().addAll("log-table", "dense");
        table.setFixedCellSize(24);
        table.setPlaceholder(new Label("No lines match in this range."));
        TableColumn<LogHit, String> time = column("Time", 170, h -> LogCells.TIME.format(h.at()));
        TableColumn<LogHit, String> level = column("Level", 64, LogHit::level);
        level.setCellFactory(c -> new LogCells.Level());
        TableColumn<LogHit, String> service = column("Service", 125, LogHit::service);
        TableColumn<LogHit, String> pod = column("Pod", 250, LogHit::pod);
        TableColumn<LogHit, String> message = column("Message", 700, LogHit::message);
        message.setCellFactory(c -> new LogCells.Message(model.termsProperty()));
        table.getColumns().setAll(java.util.List.of(time, level, service, pod, message));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        table.setItems(model.rows());
        model.liveProperty().addListener((o, a, on) -> table.setItems(on ? model.tail().lines() : model.rows()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> {
            if (h != null) {
                model.selectedProperty().set(h);
            }
        });
        model.selectedProperty().addListener((o, a, h) -> {
            if (h == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        table.skinProperty().addListener((o, a, skin) -> Platform.runLater(this::watchScroll));
        model.tail().lines().addListener((ListChangeListener<LogHit>) c -> {
            if (model.liveProperty().get() && !model.tail().pausedProperty().get() && !model.tail().lines().isEmpty()) {
                table.scrollTo(model.tail().lines().size() - 1);
            }
        });
    }

    /** Pages on scroll (search) and pauses the tail when the user scrolls up from the newest line (live). */
    private void watchScroll() {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                bar.valueProperty().addListener((o, a, v) -> {
                    double at = v.doubleValue() / Math.max(1e-9, bar.getMax());
                    if (!model.liveProperty().get() && at > 0.85) {
                        model.loadMore();
                    }
                    if (model.liveProperty().get() && a.doubleValue() > v.doubleValue() && at < 0.98) {
                        model.tail().pause();
                    }
                });
            }
        }
    }

    private Node jumpToLatest() {
        Button jump = new Button();
        jump.setId("log-jump-latest");
        jump.getStyleClass().addAll("accent", "jump-latest");
        jump.textProperty().bind(model.tail().waitingProperty().map(n -> "Jump to latest" + (n.intValue() > 0 ? " (" + n + " new)" : "")));
        jump.visibleProperty().bind(model.liveProperty().and(model.tail().pausedProperty()));
        jump.setOnAction(e -> {
            model.tail().resume();
            if (!model.tail().lines().isEmpty()) {
                table.scrollTo(model.tail().lines().size() - 1);
            }
        });
        StackPane.setAlignment(jump, Pos.BOTTOM_CENTER);
        jump.setTranslateY(-16);
        return jump;
    }

    private static TableColumn<LogHit, String> column(String title, double width, java.util.function.Function<LogHit, String> value) {
        TableColumn<LogHit, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private void showDetail(boolean show) {
        if (show && !split.getItems().contains(detail)) {
            split.getItems().add(detail);
            split.setDividerPositions(0.68);
        } else if (!show) {
            split.getItems().remove(detail);
        }
    }

    private Node notConfigured(Runnable openSettings) {
        FontIcon icon = new FontIcon(Feather.FILE_TEXT);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label("No logs for this environment");
        title.getStyleClass().add("empty-title");
        Label text = new Label();
        text.getStyleClass().add("empty-text");
        text.textProperty().bind(model.environmentNameProperty().map(n -> "Environment " + n
                + " has no OpenSearch configured. Add its URL and index pattern under logs: in Settings (or the environments file)."));
        text.setWrapText(true);
        text.setMaxWidth(520);
        Button settings = new Button("Open Settings");
        settings.setId("logs-open-settings");
        settings.setOnAction(e -> openSettings.run());
        VBox box = new VBox(12, icon, title, text, settings);
        box.setId("logs-not-configured");
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.configuredProperty().not());
        return box;
    }

    private Node findIdBox() {
        TextField id = new TextField();
        id.setId("find-id");
        id.setPromptText("Trace id or client id");
        id.setPrefColumnCount(28);
        Button traceButton = new Button("Follow trace");
        traceButton.setId("find-trace");
        Button clientButton = new Button("Follow client");
        clientButton.setId("find-client");
        Label title = new Label("Find trace or client id");
        title.getStyleClass().add("detail-title");
        VBox box = new VBox(10, title, id, new HBox(8, traceButton, clientButton));
        box.getStyleClass().add("find-id-box");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.TOP_CENTER);
        box.setTranslateY(70);
        box.visibleProperty().bind(model.findIdRequestedProperty());
        Runnable close = () -> model.findIdRequestedProperty().set(false);
        traceButton.setOnAction(e -> {
            model.follow(FollowedId.TRACE, id.getText());
            close.run();
        });
        clientButton.setOnAction(e -> {
            model.follow(FollowedId.CLIENT, id.getText());
            close.run();
        });
        id.setOnAction(e -> {
            model.follow(id.getText().strip().startsWith("client") ? FollowedId.CLIENT : FollowedId.TRACE, id.getText());
            close.run();
        });
        id.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
        model.findIdRequestedProperty().addListener((o, a, open) -> {
            if (open) {
                id.clear();
                Platform.runLater(id::requestFocus);
            }
        });
        return box;
    }

    private void keys(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (e.getCode() == KeyCode.SLASH && !typing) {
            query.requestFocus();
            query.selectAll();
            swallowSlash = true;
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !model.findIdRequestedProperty().get()) {
            if (model.selectedProperty().get() != null) {
                model.clearSelection();
                e.consume();
            } else if (model.traceProperty().get() != null) {
                model.closeTrace();
                e.consume();
            }
        } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == table && table.getSelectionModel().getSelectedItem() != null) {
            model.selectedProperty().set(table.getSelectionModel().getSelectedItem());
        }
    }

    /** Focuses the query field (when the section opens). */
    public void focusQuery() {
        query.requestFocus();
    }
}
