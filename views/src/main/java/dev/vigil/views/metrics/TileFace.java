package dev.vigil.views.metrics;

import dev.vigil.views.common.StyleClasses;
import dev.vigil.views.common.TextMetrics;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Everything a tile shows over its TilesFX frame: the sparkline, the title, the value and its unit on
 * one baseline, the change and the note — drawn on one canvas — plus the stale / query-error badge and
 * the error text as labels.
 *
 * <p>Why it is built this way (measured with the tiles benchmark: 48 tiles at a one-second refresh):
 * <ul>
 *   <li>The face is unmanaged, so it is a layout root: a new value re-lays out this face, not the grid.
 *       Texts placed directly in the tile asked the tile's parent for layout on every {@code setLayoutX},
 *       and each refresh laid out the whole grid.</li>
 *   <li>One canvas instead of five {@code Text} nodes and two shapes: no glyph layout, shape geometry or
 *       bounds propagation on the FX thread per value, fewer nodes for every pulse's bounds pass, and the
 *       drawing is rasterised on the render thread.</li>
 *   <li>Setters only record what changed; the canvas is redrawn once per pulse in the layout pass,
 *       however many of a tile's values moved.</li>
 * </ul>
 */
final class TileFace extends Region {

    private static final double INSET = 12;
    private static final double TOP = 7;

    private final Canvas canvas = new Canvas();
    // Made on first use: most tiles never show them, and every node costs each pulse's bounds pass.
    private Label badge;
    private Label error;

    private final TextMetrics titleFont = TextMetrics.of(Font.font(family(), FontWeight.BOLD, 12));
    private final TextMetrics unitFont = TextMetrics.of(Font.font(family(), FontWeight.NORMAL, 13));
    private final TextMetrics smallFont = TextMetrics.of(Font.font(family(), FontWeight.NORMAL, 11));
    private TextMetrics valueFont = TextMetrics.of(Font.font(family(), FontWeight.BOLD, 26));

    private String title = "";
    private String value = "";
    private String unit = "";
    private String change = "";
    private String note = "";
    private Color titleFill = Color.GRAY;
    private Color valueFill = Color.WHITE;
    private Color unitFill = Color.GRAY;
    private Color changeFill = Color.GRAY;
    private Color noteFill = Color.GRAY;
    private Color lineColour = Color.DODGERBLUE;
    private LinearGradient areaFill = fade(lineColour);
    private Sparkline data = Sparkline.EMPTY;
    private boolean dirty = true;
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    TileFace() {
        canvas.setManaged(false);
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        setManaged(false);
        setMouseTransparent(true);
    }

    /** Shows the badge ("STALE", "QUERY ERROR") in the top right corner, styled by {@code styleClass}; null hides it. */
    void setBadge(String text, String styleClass) {
        if (text == null) {
            if (badge != null && badge.isVisible()) {
                badge.setVisible(false);
            }
            return;
        }
        if (badge == null) {
            badge = overlay(new Label());
            badge.setId("badge");
            badge.getStyleClass().add("tile-badge");
        }
        // A stale tile is told so at every refresh: only a change restyles it and lays it out again.
        boolean changed = !badge.isVisible() || !text.equals(badge.getText()) || !badge.getStyleClass().contains(styleClass);
        badge.setText(text);
        StyleClasses.chooseByPrefix(badge, "badge-", styleClass);
        badge.setVisible(true);
        if (changed) {
            requestLayout();
        }
    }

    /** Shows the server's message over the lower part of the tile; null hides it. */
    void setError(String message) {
        if (message == null) {
            if (error != null && error.isVisible()) {
                error.setVisible(false);
            }
            return;
        }
        if (error == null) {
            error = overlay(new Label());
            error.setId("tile-error");
            error.getStyleClass().add("tile-error");
            error.setWrapText(true);
        }
        error.setText(message);
        error.setVisible(true);
        requestLayout();
    }

    private Label overlay(Label label) {
        label.setManaged(false);
        label.setMouseTransparent(true);
        getChildren().add(label);
        return label;
    }

    private static String family() {
        return Font.getDefault().getFamily();
    }

    /** The one-service wall shows larger numbers. */
    void setLarge(boolean large) {
        valueFont = TextMetrics.of(Font.font(family(), FontWeight.BOLD, large ? 32 : 26));
        redraw();
    }

    void setTitle(String text) {
        if (!text.equals(title)) {
            title = text;
            redraw();
        }
    }

    void setValue(String number, String unitText) {
        if (!number.equals(value) || !unitText.equals(unit)) {
            value = number;
            unit = unitText;
            redraw();
        }
    }

    void setChange(String text, Color fill) {
        if (!text.equals(change) || !fill.equals(changeFill)) {
            change = text;
            changeFill = fill;
            redraw();
        }
    }

    void setNote(String text) {
        if (!text.equals(note)) {
            note = text;
            redraw();
        }
    }

    void setSparkline(Sparkline next) {
        if (!next.equals(data)) {
            data = next;
            redraw();
        }
    }

    void setValueFill(Color fill) {
        if (!fill.equals(valueFill)) {
            valueFill = fill;
            redraw();
        }
    }

    void setLineColour(Color colour) {
        if (!colour.equals(lineColour)) {
            lineColour = colour;
            areaFill = fade(colour);
            redraw();
        }
    }

    /** The theme's title, unit and note colours. */
    void setTextFills(Color title, Color muted) {
        if (!title.equals(titleFill) || !muted.equals(unitFill)) {
            titleFill = title;
            unitFill = muted;
            noteFill = muted;
            redraw();
        }
    }

    /** What the face reads now, as a person would read it: for tests and the accessible text. */
    String title() {
        return title;
    }

    String valueText() {
        return unit.isEmpty() ? value : value + " " + unit;
    }

    String changeText() {
        return change;
    }

    String noteText() {
        return note;
    }

    Sparkline sparkline() {
        return data;
    }

    /** The badge's text, or null while none shows. */
    String badgeText() {
        return badge != null && badge.isVisible() ? badge.getText() : null;
    }

    /** The error text on the tile, or null while none shows. */
    String errorText() {
        return error != null && error.isVisible() ? error.getText() : null;
    }

    private void redraw() {
        if (!dirty) {
            dirty = true;
            requestLayout(); // this face only: it is a layout root
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w != drawnWidth || h != drawnHeight) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            drawnWidth = w;
            drawnHeight = h;
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            draw(canvas.getGraphicsContext2D(), w, h);
        }
        if (badge != null && badge.isVisible()) {
            badge.autosize();
            badge.relocate(w - badge.getWidth() - 8, TOP);
        }
        if (error != null && error.isVisible()) {
            double errorWidth = Math.max(0, w - 16);
            double errorHeight = Math.max(0, Math.min(h - 34, error.prefHeight(errorWidth)));
            error.resizeRelocate(8, h - errorHeight - 8, errorWidth, errorHeight);
        }
    }

    private void draw(GraphicsContext g, double w, double h) {
        g.clearRect(0, 0, w, h);
        if (w <= 0 || h <= 0) {
            return;
        }
        double titleBaseline = TOP + titleFont.ascent();
        double valueBaseline = TOP + titleFont.lineHeight() + 2 + valueFont.ascent();
        double below = valueBaseline + valueFont.descent() + 1;
        double changeBaseline = below + smallFont.ascent();
        if (!change.isEmpty()) {
            below += smallFont.lineHeight() + 1;
        }
        double noteBaseline = below + smallFont.ascent();
        if (!note.isEmpty()) {
            below += smallFont.lineHeight() + 1;
        }
        // The sparkline fills the lower part, like Grafana's stat panel: at most 45 % of the tile, and
        // starting under the texts so that its line never crosses them.
        double sparkTop = Math.min(h - 8, Math.max(Math.round(h * 0.55), Math.ceil(below + 2)));
        drawSparkline(g, 1, sparkTop, Math.max(0, w - 2), h - sparkTop - 1);

        g.setTextBaseline(VPos.BASELINE);
        text(g, titleFont, titleFill, title, INSET, titleBaseline);
        text(g, valueFont, valueFill, value, INSET, valueBaseline);
        if (!unit.isEmpty()) {
            text(g, unitFont, unitFill, unit, INSET + valueFont.width(value) + 5, valueBaseline);
        }
        text(g, smallFont, changeFill, change, INSET, changeBaseline);
        text(g, smallFont, noteFill, note, INSET, change.isEmpty() ? changeBaseline : noteBaseline);
    }

    private static void text(GraphicsContext g, TextMetrics font, Color fill, String text, double x, double baseline) {
        if (!text.isEmpty()) {
            g.setFont(font.font());
            g.setFill(fill);
            g.fillText(text, x, baseline);
        }
    }

    private void drawSparkline(GraphicsContext g, double x0, double y0, double w, double h) {
        int n = data.size();
        if (n < 2 || w <= 0 || h <= 0) {
            return;
        }
        long[] times = data.times();
        double[] values = data.values();
        double min = 0;
        double max = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double range = max - min == 0 ? 1 : max - min;
        double span = Math.max(1, times[n - 1] - times[0]);
        double top = 2; // keep the stroke inside
        double[] xs = new double[n + 2];
        double[] ys = new double[n + 2];
        for (int i = 0; i < n; i++) {
            double v = Double.isFinite(values[i]) ? values[i] : min;
            xs[i] = x0 + (times[i] - times[0]) / span * w;
            ys[i] = y0 + top + (1 - (v - min) / range) * (h - top);
        }
        xs[n] = x0 + w;
        ys[n] = y0 + h;
        xs[n + 1] = x0;
        ys[n + 1] = y0 + h;
        g.setFill(areaFill);
        g.fillPolygon(xs, ys, n + 2);
        g.setStroke(lineColour);
        g.setLineWidth(1.6);
        g.strokePolyline(xs, ys, n);
    }

    private static LinearGradient fade(Color colour) {
        return new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, colour.deriveColor(0, 1, 1, 0.45)), new Stop(1, colour.deriveColor(0, 1, 1, 0.03)));
    }

    @Override
    public String toString() {
        return "TileFace[" + title + ": " + valueText() + (change.isEmpty() ? "" : ", " + change) + "]";
    }
}
