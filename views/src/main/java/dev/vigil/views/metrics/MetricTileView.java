package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.Thresholds;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import eu.hansolo.tilesfx.chart.ChartData;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One metric tile: a TilesFX smooth-area tile for the frame, title and sparkline, with Vigil's own
 * labels over it for the value (so units read "182 ms", not "0.18 s"), the change against the previous
 * period, the stale badge and the query error. Binds to a {@link TileModel}; clicking opens the chart.
 */
final class MetricTileView extends StackPane {

    private final TileModel model;
    private final Tile tile;
    private final Label title = new Label();
    private final Label value = new Label();
    private final Label unit = new Label();
    private final Label change = new Label();
    private final Label note = new Label();
    private final Label badge = new Label("STALE");
    private final Label error = new Label();
    private TilePalette palette;

    MetricTileView(TileModel model, ObservableValue<TilePalette> palettes, boolean showService, Runnable open) {
        this.model = model;
        setId("tile-" + model.spec().id().replaceAll("[^A-Za-z0-9_-]", "-"));
        getStyleClass().add("metric-tile");
        tile = TileBuilder.create()
                .skinType(Tile.SkinType.SMOOTH_AREA_CHART)
                .title("")
                .valueVisible(false)
                .smoothing(true)
                .animated(false)
                .roundedCorners(true)
                .dataPointsVisible(false)
                .textSize(Tile.TextSize.BIGGER)
                .build();
        tile.setMouseTransparent(true);
        tile.setMinSize(120, 96);

        // Vigil's own title: TilesFX scales its title with the tile and it gets unreadably small in the overview.
        title.setText(showService ? model.spec().service() + " · " + model.spec().title() : model.spec().title());
        title.getStyleClass().add("tile-title");
        value.getStyleClass().add("tile-value");
        unit.getStyleClass().add("tile-unit");
        HBox reading = new HBox(4, value, unit);
        reading.setAlignment(Pos.BASELINE_LEFT);
        reading.setMouseTransparent(true);
        change.getStyleClass().add("tile-change");
        note.getStyleClass().add("tile-note");
        VBox text = new VBox(0, title, reading, change, note);
        text.setPadding(new Insets(7, 10, 0, 12));
        text.setMouseTransparent(true);
        StackPane.setAlignment(text, Pos.TOP_LEFT);
        text.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        badge.getStyleClass().add("tile-badge");
        badge.setId("badge");
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        StackPane.setMargin(badge, new Insets(7, 8, 0, 0));

        error.getStyleClass().add("tile-error");
        error.setWrapText(true);
        StackPane.setAlignment(error, Pos.BOTTOM_LEFT);
        StackPane.setMargin(error, new Insets(0, 8, 8, 8));
        error.setMaxHeight(60);

        getChildren().addAll(tile, text, badge, error);
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(400));
        tip.setMaxWidth(560);
        tip.setWrapText(true);
        Tooltip.install(this, tip);

        palettes.addListener((obs, old, now) -> paint(now));
        palette = palettes.getValue();
        model.valueTextProperty().addListener((obs, o, n) -> value.setText(n));
        model.unitTextProperty().addListener((obs, o, n) -> unit.setText(n));
        model.sparklineProperty().addListener((obs, o, n) -> chart(n));
        model.levelProperty().addListener((obs, o, n) -> paint(palette));
        model.changeProperty().addListener((obs, o, n) -> paint(palette));
        model.noteProperty().addListener((obs, o, n) -> note.setText(n));
        model.staleProperty().addListener((obs, o, n) -> badges(tip));
        model.errorProperty().addListener((obs, o, n) -> badges(tip));
        value.setText(model.valueTextProperty().get());
        unit.setText(model.unitTextProperty().get());
        note.setText(model.noteProperty().get());
        chart(model.sparklineProperty().get());
        paint(palette);
        badges(tip);
        setOnMouseClicked(e -> open.run());
    }

    private void chart(Sparkline line) {
        List<ChartData> data = new ArrayList<>(line.size());
        for (int i = 0; i < line.size(); i++) {
            double v = line.values()[i];
            data.add(new ChartData("", Double.isFinite(v) ? v : 0, Instant.ofEpochMilli(line.times()[i])));
        }
        tile.getChartData().setAll(data);
    }

    private void paint(TilePalette p) {
        palette = p;
        Thresholds.Level level = model.levelProperty().get();
        tile.setBackgroundColor(p.background());
        tile.setTitleColor(p.title());
        tile.setForegroundColor(p.text());
        tile.setBarColor(p.levelColour(level));
        tile.setChartGridColor(p.grid());
        value.setTextFill(level == Thresholds.Level.WARN || level == Thresholds.Level.CRITICAL ? p.levelColour(level) : p.text());
        unit.setTextFill(p.muted());
        title.setTextFill(p.title());
        note.setTextFill(p.muted());
        TileChange c = model.changeProperty().get();
        change.setText(c.text());
        // Without thresholds Vigil cannot tell whether up is good, so the change stays neutral.
        boolean neutral = c.direction() == 0 || model.spec().thresholds().isEmpty();
        change.setTextFill(neutral ? p.muted() : c.worse() ? p.critical() : p.ok());
        getStyleClass().removeAll("level-ok", "level-warn", "level-critical");
        if (level != Thresholds.Level.NONE) {
            getStyleClass().add("level-" + level.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private void badges(Tooltip tip) {
        String message = model.errorProperty().get();
        boolean stale = model.staleProperty().get();
        boolean queryError = model.queryErrorProperty().get() && message != null;
        badge.setVisible(stale || queryError);
        badge.setText(queryError ? "QUERY ERROR" : "STALE");
        badge.getStyleClass().setAll("label", "tile-badge", queryError ? "badge-error" : "badge-stale");
        error.setText(queryError ? message : "");
        error.setVisible(queryError);
        setOpacity(stale && !queryError ? 0.72 : 1);
        StringBuilder t = new StringBuilder(model.spec().service() + " · " + model.spec().title() + "\n" + model.spec().query());
        if (message != null) {
            t.append("\n\n").append(queryError ? "Prometheus rejected the query: " : "Last refresh failed: ").append(message);
        }
        if (stale) {
            t.append("\n\nStale: no good answer for more than two refresh intervals.");
        }
        tip.setText(t.toString());
    }

    TileModel model() {
        return model;
    }
}
