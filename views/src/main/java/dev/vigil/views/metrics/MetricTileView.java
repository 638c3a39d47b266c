package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.Thresholds;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
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
    private final Text title = new Text();
    private final Text value = new Text();
    private final Text unit = new Text();
    private final Text change = new Text();
    private final Text note = new Text();
    private final Label badge = new Label("STALE");
    private final Label error = new Label();
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
        change.getStyleClass().add("tile-change");
        note.getStyleClass().add("tile-note");
        for (Text t : new Text[]{title, change, note}) {
            t.setTextOrigin(VPos.TOP);
        }
        value.setTextOrigin(VPos.BASELINE);
        unit.setTextOrigin(VPos.BASELINE);

        badge.getStyleClass().add("tile-badge");
        badge.setId("badge");

        error.getStyleClass().add("tile-error");
        error.setWrapText(true);

        // Everything over the TilesFX frame is unmanaged and placed by hand, the texts as plain Text nodes:
        // a new value then moves a few shapes instead of laying out label skins and the whole grid
        // (measured: that layout was most of the FX time per refresh).
        for (Node overlay : new Node[]{spark, title, value, unit, change, note, badge, error}) {
            overlay.setManaged(false);
            overlay.setMouseTransparent(true);
        }
        getChildren().addAll(tile, spark, title, value, unit, change, note, badge, error);
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(400));
        tip.setMaxWidth(560);
        tip.setWrapText(true);
        Tooltip.install(this, tip);

        palettes.addListener((obs, old, now) -> paint(now));
        palette = palettes.getValue();
        model.valueTextProperty().addListener((obs, o, n) -> {
            value.setText(n);
            placeText();
        });
        model.unitTextProperty().addListener((obs, o, n) -> {
            unit.setText(n);
            placeText();
        });
        model.sparklineProperty().addListener((obs, o, n) -> chart(n));
        model.levelProperty().addListener((obs, o, n) -> paint(palette));
        model.changeProperty().addListener((obs, o, n) -> paint(palette));
        model.noteProperty().addListener((obs, o, n) -> {
            note.setText(n);
            placeText();
        });
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
        value.setFill(level == Thresholds.Level.WARN || level == Thresholds.Level.CRITICAL ? p.levelColour(level) : p.text());
        unit.setFill(p.muted());
        title.setFill(p.title());
        note.setFill(p.muted());
        TileChange c = model.changeProperty().get();
        change.setText(c.text());
        // Without thresholds Vigil cannot tell whether up is good, so the change stays neutral.
        boolean neutral = c.direction() == 0 || model.spec().thresholds().isEmpty();
        change.setFill(neutral ? p.muted() : c.worse() ? p.critical() : p.ok());
        placeText();
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
        placeText();
        badge.autosize();
        badge.relocate(w - badge.getWidth() - 8, 7);
        double errorWidth = Math.max(0, w - 16);
        double errorHeight = Math.min(h - 34, error.prefHeight(errorWidth));
        error.resizeRelocate(8, h - errorHeight - 8, errorWidth, Math.max(0, errorHeight));
    }

    /** Title, then the value with its unit on one baseline, then the change and the note. */
    private void placeText() {
        double x = 12;
        title.relocate(x, 7);
        double valueTop = 7 + title.getLayoutBounds().getHeight() + 2;
        value.setLayoutX(x);
        value.setLayoutY(valueTop - value.getLayoutBounds().getMinY());
        unit.setLayoutX(x + value.getLayoutBounds().getWidth() + 5);
        unit.setLayoutY(value.getLayoutY());
        double below = value.getLayoutY() + value.getLayoutBounds().getMaxY() + 1;
        change.relocate(x, below);
        note.relocate(x, below + (change.getText().isEmpty() ? 0 : change.getLayoutBounds().getHeight() + 1));
    }

    TileModel model() {
        return model;
    }
}
