package dev.vigil.views.metrics;

import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/**
 * A tile's sparkline: a line with a fading area under it. Drawn as one polyline and one polygon whose
 * points are recomputed only when the data or the size changes: 48 tiles at a one-second refresh must
 * cost the FX thread well under a millisecond each (TilesFX's own chart skins rebuild their data
 * objects and paths per point, which measured tens of milliseconds per refresh).
 */
final class SparklineNode extends Region {

    private final Polyline line = new Polyline();
    private final Polygon area = new Polygon();
    private Sparkline data = Sparkline.EMPTY;
    private double laidOutWidth = -1;
    private double laidOutHeight = -1;

    SparklineNode() {
        getStyleClass().add("sparkline");
        line.setStrokeWidth(1.6);
        line.setFill(null);
        area.setStroke(null);
        getChildren().addAll(area, line);
        setMouseTransparent(true);
        setMinSize(0, 0);
    }

    void setData(Sparkline next) {
        if (next.equals(data)) {
            return;
        }
        data = next;
        laidOutWidth = -1;
        requestLayout();
    }

    void setColour(Color colour) {
        line.setStroke(colour);
        area.setFill(new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, colour.deriveColor(0, 1, 1, 0.45)), new Stop(1, colour.deriveColor(0, 1, 1, 0.03))));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w == laidOutWidth && h == laidOutHeight) {
            return;
        }
        laidOutWidth = w;
        laidOutHeight = h;
        int n = data.size();
        if (n < 2 || w <= 0 || h <= 0) {
            line.getPoints().clear();
            area.getPoints().clear();
            return;
        }
        long t0 = data.times()[0];
        double span = Math.max(1, data.times()[n - 1] - t0);
        double min = 0;
        double max = 0;
        for (double v : data.values()) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double range = max - min == 0 ? 1 : max - min;
        double top = 2; // keep the stroke inside
        Double[] points = new Double[n * 2];
        for (int i = 0; i < n; i++) {
            double v = Double.isFinite(data.values()[i]) ? data.values()[i] : min;
            points[2 * i] = (data.times()[i] - t0) / span * w;
            points[2 * i + 1] = top + (1 - (v - min) / range) * (h - top);
        }
        line.getPoints().setAll(points);
        Double[] closed = new Double[n * 2 + 4];
        System.arraycopy(points, 0, closed, 0, points.length);
        closed[n * 2] = w;
        closed[n * 2 + 1] = h;
        closed[n * 2 + 2] = 0.0;
        closed[n * 2 + 3] = h;
        area.getPoints().setAll(closed);
    }
}
