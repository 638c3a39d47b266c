package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.MetricUnit;
import dev.vigil.connectors.prometheus.Series;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A tile's chart: one line per pod or label value over the chosen range; hovering shows every line's
 * value at that moment, dragging across the plot zooms in. Time runs in UTC like the rest of the console.
 */
final class MetricChartView extends VBox {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final MetricChartViewModel model;
    private final TimeAxis x = new TimeAxis();
    private final NumberAxis y = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(x, y);
    private final Pane overlay = new Pane();
    private final Line cursor = new Line();
    private final Rectangle selection = new Rectangle();
    private final Label readout = new Label();
    private Double dragStart;

    MetricChartView(MetricChartViewModel model, Runnable close) {
        this.model = model;
        setId("metric-chart");
        getStyleClass().add("metric-chart");
        setFocusTraversable(true);
        setMaxSize(1100, 640);
        setSpacing(10);
        setPadding(new Insets(16, 18, 14, 18));

        Label title = new Label(model.tile().service() + " · " + model.tile().title());
        title.getStyleClass().add("chart-title");
        TextField query = new TextField(model.tile().breakdown());
        query.setEditable(false);
        query.getStyleClass().add("chart-query");
        query.setId("chart-query");
        HBox.setHgrow(query, Priority.ALWAYS);

        Button pin = new Button("Pin to incident", new FontIcon(Feather.PAPERCLIP));
        pin.setId("chart-pin");
        pin.disableProperty().bind(model.canPinProperty().not());
        // The picture is the chart as shown (lines, axes, legend); encoding it waits for the background.
        pin.setOnAction(e -> model.pin(chart.snapshot(null, null)));
        Button reset = new Button("Reset zoom", new FontIcon(Feather.ZOOM_OUT));
        reset.setId("chart-reset-zoom");
        reset.visibleProperty().bind(model.zoomedProperty());
        reset.managedProperty().bind(reset.visibleProperty());
        reset.setOnAction(e -> model.resetZoom());
        Button closeButton = new Button(null, new FontIcon(Feather.X));
        closeButton.setId("chart-close");
        closeButton.getStyleClass().addAll("button-icon", "flat");
        closeButton.setOnAction(e -> close.run());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(10, title, spring, reset, pin, closeButton);
        header.setAlignment(Pos.CENTER_LEFT);

        HBox ranges = new HBox();
        ToggleGroup group = new ToggleGroup();
        ChartRange[] values = ChartRange.values();
        for (int i = 0; i < values.length; i++) {
            ChartRange r = values[i];
            ToggleButton b = new ToggleButton(r.toString());
            b.setId("range-" + r.name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add(i == 0 ? "left-pill" : i == values.length - 1 ? "right-pill" : "center-pill");
            b.setToggleGroup(group);
            b.setUserData(r);
            if (r == model.rangeProperty().get()) {
                b.setSelected(true);
            }
            ranges.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                group.selectToggle(o);
            } else {
                model.rangeProperty().set((ChartRange) n.getUserData());
            }
        });
        HBox controls = new HBox(10, ranges, query);
        controls.setAlignment(Pos.CENTER_LEFT);

        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(true);
        chart.getStyleClass().add("metric-line-chart");
        y.setForceZeroInRange(true);
        y.setMinorTickVisible(false);
        MetricUnit unit = model.tile().unit();
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return unit.format(n.doubleValue()).toString();
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });

        overlay.setMouseTransparent(true);
        cursor.getStyleClass().add("chart-cursor");
        cursor.setVisible(false);
        selection.getStyleClass().add("chart-selection");
        selection.setVisible(false);
        readout.getStyleClass().add("chart-readout");
        readout.setVisible(false);
        readout.setId("chart-readout");
        overlay.getChildren().addAll(selection, cursor, readout);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        spinner.visibleProperty().bind(model.loadingProperty());
        Label error = new Label();
        error.setId("chart-error");
        error.getStyleClass().add("chart-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        StackPane plot = new StackPane(chart, overlay, spinner, error);
        VBox.setVgrow(plot, Priority.ALWAYS);

        Label pinned = new Label();
        pinned.getStyleClass().add("chart-pinned");
        pinned.setId("chart-pinned");
        pinned.textProperty().bind(model.pinMessageProperty());
        Label hint = new Label("Drag across the chart to zoom · times in UTC");
        hint.getStyleClass().add("chart-hint");
        Region spring2 = new Region();
        HBox.setHgrow(spring2, Priority.ALWAYS);
        HBox footer = new HBox(10, hint, spring2, pinned);

        getChildren().addAll(header, controls, plot, footer);

        model.linesProperty().addListener((obs, o, n) -> draw(n));
        model.fromProperty().addListener((obs, o, n) -> axis());
        model.toProperty().addListener((obs, o, n) -> axis());
        axis();
        draw(model.linesProperty().get());
        mouse();
    }

    private void axis() {
        Instant from = model.fromProperty().get();
        Instant to = model.toProperty().get();
        if (from != null && to != null) {
            x.show(from.getEpochSecond(), to.getEpochSecond());
        }
    }

    private void draw(List<Series> lines) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (Series s : lines) {
            List<XYChart.Data<Number, Number>> points = new ArrayList<>(s.size());
            for (int i = 0; i < s.size(); i++) {
                double v = s.values()[i];
                if (Double.isFinite(v)) {
                    points.add(new XYChart.Data<>(s.times()[i] / 1000.0, v));
                }
            }
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(s.displayName());
            line.getData().setAll(points);
            all.add(line);
        }
        chart.getData().setAll(all);
    }

    private void mouse() {
        chart.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        chart.setOnMouseExited(e -> {
            cursor.setVisible(false);
            readout.setVisible(false);
        });
        chart.setOnMousePressed(e -> {
            Double t = timeAt(e.getX());
            dragStart = t == null ? null : e.getX();
        });
        chart.setOnMouseDragged(e -> {
            if (dragStart == null) {
                return;
            }
            Node plot = chart.lookup(".chart-plot-background");
            Point2D top = overlay.sceneToLocal(plot.localToScene(0, 0));
            double left = Math.min(dragStart, e.getX());
            selection.setX(overlay.sceneToLocal(chart.localToScene(left, 0)).getX());
            selection.setY(top.getY());
            selection.setWidth(Math.abs(e.getX() - dragStart));
            selection.setHeight(plot.getBoundsInLocal().getHeight());
            selection.setVisible(true);
        });
        chart.setOnMouseReleased(e -> {
            selection.setVisible(false);
            if (dragStart == null) {
                return;
            }
            Double a = timeAt(dragStart);
            Double b = timeAt(e.getX());
            dragStart = null;
            if (a != null && b != null) {
                model.zoomTo(Instant.ofEpochMilli((long) (a * 1000)), Instant.ofEpochMilli((long) (b * 1000)));
            }
        });
    }

    /** The epoch second under a chart x coordinate, or null outside the plot. */
    private Double timeAt(double chartX) {
        Point2D inAxis = x.sceneToLocal(chart.localToScene(chartX, 0));
        if (inAxis.getX() < 0 || inAxis.getX() > x.getWidth()) {
            return null;
        }
        return x.getValueForDisplay(inAxis.getX()).doubleValue();
    }

    private void hover(double chartX, double chartY) {
        Double t = timeAt(chartX);
        List<Series> lines = model.linesProperty().get();
        if (t == null || lines.isEmpty()) {
            cursor.setVisible(false);
            readout.setVisible(false);
            return;
        }
        long millis = (long) (t * 1000);
        StringBuilder text = new StringBuilder(SECONDS.format(Instant.ofEpochMilli(millis)) + " UTC");
        long tolerance = 2 * ChartRange.stepFor(Duration.between(model.fromProperty().get(), model.toProperty().get())).toMillis();
        for (Series s : lines) {
            int i = nearest(s.times(), millis);
            if (i >= 0 && Math.abs(s.times()[i] - millis) <= tolerance) { // a gap in the data reads as a gap
                text.append('\n').append(s.displayName()).append(": ").append(model.tile().unit().format(s.values()[i]));
            }
        }
        readout.setText(text.toString());
        Node plot = chart.lookup(".chart-plot-background");
        Point2D top = overlay.sceneToLocal(plot.localToScene(0, 0));
        double ox = overlay.sceneToLocal(chart.localToScene(chartX, chartY)).getX();
        cursor.setStartX(ox);
        cursor.setEndX(ox);
        cursor.setStartY(top.getY());
        cursor.setEndY(top.getY() + plot.getBoundsInLocal().getHeight());
        cursor.setVisible(true);
        readout.autosize();
        double rx = ox + 12 + readout.getWidth() > overlay.getWidth() ? ox - 12 - readout.getWidth() : ox + 12;
        readout.relocate(rx, top.getY() + 8);
        readout.setVisible(true);
    }

    static int nearest(long[] times, long t) {
        if (times.length == 0) {
            return -1;
        }
        int i = java.util.Arrays.binarySearch(times, t);
        if (i >= 0) {
            return i;
        }
        int after = -i - 1;
        if (after == 0) {
            return 0;
        }
        if (after >= times.length) {
            return times.length - 1;
        }
        return t - times[after - 1] <= times[after] - t ? after - 1 : after;
    }
}
