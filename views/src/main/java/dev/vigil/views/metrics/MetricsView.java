package dev.vigil.views.metrics;

import dev.vigil.views.shell.Theme;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Metrics section: a toolbar (layout, service, comparison, refresh), an outage banner, and the grid
 * of tiles — every service as a row of key tiles, or one service's tiles in a wall. Clicking a tile
 * opens its chart over the grid. Only binds to {@link MetricsViewModel}.
 */
public final class MetricsView extends StackPane {

    private static final double OVERVIEW_TILE_HEIGHT = 112;

    private final MetricsViewModel model;
    private final ObservableValue<TilePalette> palette;
    private final Map<TileModel, MetricTileView> views = new IdentityHashMap<>();
    private final StackPane content = new StackPane();
    private final StackPane chartLayer = new StackPane();

    public MetricsView(MetricsViewModel model, ObservableValue<Theme> theme) {
        this.model = Objects.requireNonNull(model);
        this.palette = theme.map(TilePalette::of);
        setId("metrics-view");
        getStyleClass().add("metrics-view");
        getStylesheets().add(Objects.requireNonNull(MetricsView.class.getResource("metrics.css")).toExternalForm());

        Label banner = new Label();
        banner.setId("metrics-problem");
        banner.getStyleClass().add("metrics-problem");
        banner.setGraphic(new FontIcon(Feather.WIFI_OFF));
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(model.problemProperty());
        banner.visibleProperty().bind(model.problemProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());

        VBox page = new VBox(toolbar(), banner, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        chartLayer.getStyleClass().add("chart-layer");
        chartLayer.setVisible(false);
        getChildren().addAll(page, chartLayer);

        model.tiles().addListener((ListChangeListener<TileModel>) c -> rebuild());
        model.layoutProperty().addListener((obs, o, n) -> rebuild());
        model.emptyMessageProperty().addListener((obs, o, n) -> rebuild());
        model.chartProperty().addListener((obs, o, chart) -> showChart(chart));
        rebuild();
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.chartProperty().get() != null) {
                model.closeChart();
                e.consume();
            }
        });
        // No queries while the window is minimised: bind to whichever stage shows this view.
        sceneProperty().flatMap(s -> s.windowProperty()).addListener((obs, o, window) -> {
            model.windowMinimisedProperty().unbind();
            if (window instanceof Stage stage) {
                model.windowMinimisedProperty().bind(stage.iconifiedProperty());
            }
        });
    }

    private Node toolbar() {
        ToggleGroup layouts = new ToggleGroup();
        ToggleButton overview = new ToggleButton("All services", new FontIcon(Feather.GRID));
        overview.setId("layout-overview");
        overview.getStyleClass().add("left-pill");
        ToggleButton single = new ToggleButton("One service", new FontIcon(Feather.MAXIMIZE));
        single.setId("layout-service");
        single.getStyleClass().add("right-pill");
        overview.setToggleGroup(layouts);
        single.setToggleGroup(layouts);
        layouts.selectToggle(model.layoutProperty().get() == MetricsLayout.OVERVIEW ? overview : single);
        layouts.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                layouts.selectToggle(o); // a pill group always has one selected
            } else {
                model.layoutProperty().set(n == overview ? MetricsLayout.OVERVIEW : MetricsLayout.SERVICE);
            }
        });
        model.layoutProperty().addListener((obs, o, n) -> layouts.selectToggle(n == MetricsLayout.OVERVIEW ? overview : single));
        HBox pills = new HBox(overview, single);

        ComboBox<String> service = new ComboBox<>(model.services());
        service.setId("metrics-service");
        service.valueProperty().bindBidirectional(model.serviceProperty());
        service.visibleProperty().bind(model.layoutProperty().isEqualTo(MetricsLayout.SERVICE));
        service.managedProperty().bind(service.visibleProperty());
        service.setPrefWidth(170);

        ComboBox<ComparePeriod> compare = new ComboBox<>();
        compare.getItems().setAll(ComparePeriod.values());
        compare.setId("metrics-compare");
        compare.valueProperty().bindBidirectional(model.comparePeriodProperty());
        compare.setTooltip(new Tooltip("What the change on each tile compares with"));

        ComboBox<RefreshInterval> interval = new ComboBox<>();
        interval.getItems().setAll(RefreshInterval.values());
        interval.setId("metrics-interval");
        interval.valueProperty().bindBidirectional(model.intervalProperty());
        interval.setTooltip(new Tooltip("Refresh interval (paused while the window is minimised)"));

        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("metrics-refresh");
        refresh.getStyleClass().addAll("button-icon", "flat");
        refresh.setTooltip(new Tooltip("Refresh now"));
        refresh.setOnAction(e -> model.refreshNow());

        StatusText status = new StatusText();
        status.text().setId("metrics-status");
        status.text().getStyleClass().add("metrics-status");
        status.text().textProperty().bind(model.statusProperty());
        HBox.setMargin(status, new Insets(0, 8, 0, 0));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label refreshIcon = new Label(null, new FontIcon(Feather.CLOCK));
        HBox bar = new HBox(8, pills, service, spring, status, compare, refreshIcon, interval, refresh);
        bar.getStyleClass().add("metrics-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.disableProperty().bind(model.emptyMessageProperty().isNotNull());
        return bar;
    }

    private void rebuild() {
        String empty = model.emptyMessageProperty().get();
        if (empty != null) {
            content.getChildren().setAll(emptyState(empty));
            views.clear();
            return;
        }
        List<TileModel> tiles = model.tiles();
        views.keySet().retainAll(new HashSet<>(tiles));
        if (tiles.isEmpty()) {
            Label waiting = new Label("Asking Prometheus…");
            waiting.getStyleClass().add("empty-text");
            content.getChildren().setAll(waiting);
            return;
        }
        Node grid = model.layoutProperty().get() == MetricsLayout.OVERVIEW ? overview(tiles) : wall(tiles);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        content.getChildren().setAll(scroll);
    }

    private MetricTileView view(TileModel tile, boolean large) {
        return views.computeIfAbsent(tile, t -> new MetricTileView(t, palette, large, () -> model.openChart(t)));
    }

    /** One row per service: its name, then its key tiles in equal columns. */
    private Node overview(List<TileModel> tiles) {
        Map<String, List<TileModel>> rows = new LinkedHashMap<>();
        for (TileModel t : tiles) {
            rows.computeIfAbsent(t.spec().service(), k -> new ArrayList<>()).add(t);
        }
        int columns = rows.values().stream().mapToInt(List::size).max().orElse(1);
        GridPane grid = new GridPane();
        grid.setId("metrics-grid");
        grid.getStyleClass().add("metrics-grid");
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 16, 16, 16));
        ColumnConstraints name = new ColumnConstraints(110, 130, 160);
        grid.getColumnConstraints().add(name);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setMinWidth(110);
            cc.setPrefWidth(170);
            grid.getColumnConstraints().add(cc);
        }
        int r = 0;
        for (Map.Entry<String, List<TileModel>> row : rows.entrySet()) {
            Label service = new Label(row.getKey());
            service.getStyleClass().add("metrics-service-name");
            service.setGraphic(new FontIcon(Feather.BOX));
            service.setOnMouseClicked(e -> {
                model.serviceProperty().set(row.getKey());
                model.layoutProperty().set(MetricsLayout.SERVICE);
            });
            service.setTooltip(new Tooltip("Show every tile of " + row.getKey()));
            grid.add(service, 0, r);
            int c = 1;
            for (TileModel t : row.getValue()) {
                MetricTileView v = view(t, false);
                v.setPrefHeight(OVERVIEW_TILE_HEIGHT);
                v.setMinHeight(OVERVIEW_TILE_HEIGHT);
                grid.add(v, c++, r);
            }
            grid.getRowConstraints().add(new RowConstraints(OVERVIEW_TILE_HEIGHT));
            r++;
        }
        return grid;
    }

    /** One service: every tile, larger, wrapping. */
    private Node wall(List<TileModel> tiles) {
        TilePane wall = new TilePane(10, 10);
        wall.setId("metrics-wall");
        wall.getStyleClass().add("metrics-wall");
        wall.setPadding(new Insets(12, 16, 16, 16));
        wall.setPrefTileWidth(236);
        wall.setPrefTileHeight(150);
        // Stretch the tiles so each row fills the width instead of leaving a ragged gap on the right.
        wall.widthProperty().addListener((obs, o, w) -> {
            double inner = w.doubleValue() - 32;
            int columns = Math.max(1, (int) ((inner + 10) / (236 + 10)));
            wall.setPrefTileWidth(Math.floor((inner - (columns - 1) * 10) / columns));
        });
        for (TileModel t : tiles) {
            MetricTileView v = view(t, true);
            v.setPrefSize(Region.USE_COMPUTED_SIZE, 150);
            v.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            wall.getChildren().add(v);
        }
        return wall;
    }

    private Node emptyState(String message) {
        FontIcon icon = new FontIcon(Feather.ACTIVITY);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label("Metrics");
        title.getStyleClass().add("empty-title");
        Label text = new Label(message);
        text.setId("metrics-empty");
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        VBox box = new VBox(12, icon, title, text);
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void showChart(MetricChartViewModel chart) {
        if (chart == null) {
            chartLayer.getChildren().clear();
            chartLayer.setVisible(false);
            return;
        }
        MetricChartView view = new MetricChartView(chart, model::closeChart);
        StackPane.setMargin(view, new Insets(24));
        chartLayer.getChildren().setAll(view);
        chartLayer.setVisible(true);
        chartLayer.setOnMouseClicked(e -> {
            if (e.getTarget() == chartLayer) {
                model.closeChart();
            }
        });
        view.requestFocus();
    }
}
