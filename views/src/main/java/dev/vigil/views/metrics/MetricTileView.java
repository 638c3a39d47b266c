package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.Thresholds;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
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


/**
 * One metric tile: a TilesFX tile for the frame, with Vigil's own sparkline and labels over it for the
 * title, the value (so units read "182 ms", not "0.18 s"), the change against the previous period, the
 * stale badge and the query error. Binds to a {@link TileModel}; clicking opens the chart.
 */
final class MetricTileView extends StackPane {

    private final TileModel model;
    private final Tile tile;
    private final SparklineNode spark = new SparklineNode();
    private final Label title = new Label();
    private final Label value = new Label();
    private final Label unit = new Label();
    private final Label change = new Label();
    private final Label note = new Label();
    private final Label badge = new Label("STALE");
    private final Label error = new Label();
    private final VBox text;
    private TilePalette palette;

    MetricTileView(TileModel model, ObservableValue<TilePalette> palettes, boolean showService, Runnable open) {
        this.model = model;
        setId("tile-" + model.spec().id().replaceAll("[^A-Za-z0-9_-]", "-"));
        getStyleClass().add("metric-tile");
        tile = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .title("")
                .text("")
                .animated(false)
                .roundedCorners(true)
                .graphic(new Region())
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
        text = new VBox(0, title, reading, change, note);
        text.setPadding(new Insets(7, 10, 0, 12));
        text.setMouseTransparent(true);

        badge.getStyleClass().add("tile-badge");
        badge.setId("badge");

        error.getStyleClass().add("tile-error");
        error.setWrapText(true);

        // Everything over the TilesFX frame is unmanaged and placed in layoutChildren: a new value then
        // re-lays out this tile's labels only, not the whole grid (measured: most of the FX time per refresh).
        for (javafx.scene.Node overlay : new javafx.scene.Node[]{spark, text, badge, error}) {
            overlay.setManaged(false);
        }
        getChildren().addAll(tile, spark, text, badge, error);
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
        spark.setData(line);
    }

    private void paint(TilePalette p) {
        palette = p;
        Thresholds.Level level = model.levelProperty().get();
        tile.setBackgroundColor(p.background());
        tile.setTitleColor(p.title());
        tile.setForegroundColor(p.text());
        spark.setColour(p.levelColour(level));
        value.setTextFill(level == Thresholds.Level.WARN || level == Thresholds.Level.CRITICAL ? p.levelColour(level) : p.text());
        unit.setTextFill(p.muted());
        title.setTextFill(p.title());
        note.setTextFill(p.muted());
        TileChange c = model.changeProperty().get();
        change.setText(c.text());
        // Without thresholds Vigil cannot tell whether up is good, so the change stays neutral.
        boolean neutral = c.direction() == 0 || model.spec().thresholds().isEmpty();
        change.setTextFill(neutral ? p.muted() : c.worse() ? p.critical() : p.ok());
        String levelClass = "level-" + level.name().toLowerCase(java.util.Locale.ROOT);
        if (!getStyleClass().contains(levelClass)) { // a style class change re-runs CSS on the whole tile
            getStyleClass().removeAll("level-none", "level-ok", "level-warn", "level-critical");
            getStyleClass().add(levelClass);
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
        requestLayout(); // badge and error are unmanaged: size them again for their new text
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

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double w = getWidth();
        double h = getHeight();
        // The sparkline hugs the lower half, under the labels, like Grafana's stat panel.
        double sparkHeight = Math.round(h * 0.45);
        spark.resizeRelocate(1, h - sparkHeight - 1, Math.max(0, w - 2), sparkHeight);
        text.resizeRelocate(0, 0, w, h);
        badge.autosize();
        badge.relocate(w - badge.getWidth() - 8, 7);
        double errorWidth = Math.max(0, w - 16);
        double errorHeight = Math.min(h - 34, error.prefHeight(errorWidth));
        error.resizeRelocate(8, h - errorHeight - 8, errorWidth, Math.max(0, errorHeight));
    }

    TileModel model() {
        return model;
    }
}
