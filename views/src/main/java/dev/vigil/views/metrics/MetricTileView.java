package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.Thresholds;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import java.util.Locale;

/**
 * One metric tile: a TilesFX tile for the frame, with Vigil's {@link TileFace} over it for the sparkline,
 * the title, the value (so units read "182 ms", not "0.18 s"), the change against the previous period,
 * the stale badge and the query error. Binds to a {@link TileModel}; clicking opens the chart.
 */
final class MetricTileView extends StackPane {

    private final TileModel model;
    private final Tile tile;
    private final TileFace face = new TileFace();
    private final Tooltip tip = new Tooltip();
    private TilePalette palette;
    private String levelClass;

    MetricTileView(TileModel model, ObservableValue<TilePalette> palettes, boolean large, Runnable open) {
        this.model = model;
        setId("tile-" + model.spec().id().replaceAll("[^A-Za-z0-9_-]", "-"));
        getStyleClass().add("metric-tile");
        setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
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
        // TilesFX draws the frame (background, border, corners) on its skin's pane; the pane's children
        // (its own title and text, image, notification corners: 14 nodes, all unused here) only add to
        // every pulse's bounds pass over the scene. The skin adds them once, when it is built.
        tile.skinProperty().addListener((obs, old, skin) -> {
            for (Node n : tile.getChildrenUnmodifiable()) {
                if (n instanceof Pane pane) {
                    pane.getChildren().clear();
                }
            }
        });
        getChildren().addAll(tile, face);

        // Vigil's own title: TilesFX scales its title with the tile and it gets unreadably small in the overview.
        face.setTitle(model.spec().title());
        face.setLarge(large);
        tip.setShowDelay(Duration.millis(400));
        tip.setMaxWidth(560);
        tip.setWrapText(true);
        Tooltip.install(this, tip);

        palettes.addListener((obs, old, now) -> repaint(now));
        palette = palettes.getValue();
        model.valueTextProperty().addListener((obs, o, n) -> showValue());
        model.unitTextProperty().addListener((obs, o, n) -> showValue());
        model.noteProperty().addListener((obs, o, n) -> face.setNote(n));
        model.sparklineProperty().addListener((obs, o, n) -> face.setSparkline(n));
        model.levelProperty().addListener((obs, o, n) -> paintLevel());
        model.changeProperty().addListener((obs, o, n) -> paintChange());
        model.staleProperty().addListener((obs, o, n) -> badges());
        model.errorProperty().addListener((obs, o, n) -> badges());
        model.queryErrorProperty().addListener((obs, o, n) -> badges());
        showValue();
        face.setNote(model.noteProperty().get());
        face.setSparkline(model.sparklineProperty().get());
        repaint(palette);
        badges();
        setOnMouseClicked(e -> open.run());
    }

    /** Theme colours: set once per theme, not per refresh (TilesFX repaints its frame on each colour set). */
    private void repaint(TilePalette p) {
        palette = p;
        tile.setBackgroundColor(p.background());
        tile.setTitleColor(p.title());
        tile.setForegroundColor(p.text());
        face.setTextFills(p.title(), p.muted());
        paintLevel();
        paintChange();
    }

    private void paintLevel() {
        Thresholds.Level level = model.levelProperty().get();
        Color line = palette.levelColour(level);
        face.setLineColour(line);
        face.setValueFill(level == Thresholds.Level.WARN || level == Thresholds.Level.CRITICAL ? line : palette.text());
        String wanted = "level-" + level.name().toLowerCase(Locale.ROOT);
        if (!wanted.equals(levelClass)) { // a style class change re-runs CSS on the whole tile: only when the level moves
            if (levelClass != null) {
                getStyleClass().remove(levelClass);
            }
            getStyleClass().add(wanted);
            levelClass = wanted;
        }
    }

    private void paintChange() {
        TileChange c = model.changeProperty().get();
        // Without thresholds Vigil cannot tell whether up is good, so the change stays neutral.
        boolean neutral = c.direction() == 0 || model.spec().thresholds().isEmpty();
        face.setChange(c.text(), neutral ? palette.muted() : c.worse() ? palette.critical() : palette.ok());
        describe();
    }

    private void showValue() {
        face.setValue(model.valueTextProperty().get(), model.unitTextProperty().get());
        describe();
    }

    /** The canvas is not readable by a screen reader: the tile says what it shows instead. */
    private void describe() {
        String badge = face.badgeText();
        setAccessibleText(model.spec().service() + " " + face.title() + ": " + face.valueText()
                + (face.changeText().isEmpty() ? "" : ", " + face.changeText()) + (badge == null ? "" : ", " + badge));
    }

    private void badges() {
        String message = model.errorProperty().get();
        boolean stale = model.staleProperty().get();
        boolean queryError = model.queryErrorProperty().get() && message != null;
        face.setBadge(queryError ? "QUERY ERROR" : stale ? "STALE" : null, queryError ? "badge-error" : "badge-stale");
        face.setError(queryError ? message : null);
        describe();
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
        // Unmanaged, so sized here; resizing to the same size is free, so a refresh costs nothing here.
        face.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    TileModel model() {
        return model;
    }

    /** The face's texts, for tests reading what a person sees. */
    TileFace face() {
        return face;
    }
}
