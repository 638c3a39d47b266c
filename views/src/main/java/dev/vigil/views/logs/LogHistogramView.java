package dev.vigil.views.logs;

import dev.vigil.connectors.logs.LogHistogram;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Counts over time as stacked bars by level (errors on top, in red), drawn on one canvas; dragging across
 * it zooms the search into the dragged range. Colours come from the theme through CSS-styled labels.
 */
final class LogHistogramView extends Region {

    private static final List<String> STACK = List.of("DEBUG", "INFO", "", "WARN", "ERROR");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d HH:mm").withZone(ZoneOffset.UTC);

    private final Canvas canvas = new Canvas();
    private final ReadOnlyObjectProperty<LogHistogram> histogram;
    // Off-scene labels styled by logs.css: how the theme's colours reach the canvas.
    private final Map<String, Label> swatches = Map.of("ERROR", swatch("hist-error"), "WARN", swatch("hist-warn"),
            "INFO", swatch("hist-info"), "DEBUG", swatch("hist-debug"), "", swatch("hist-other"), "axis", swatch("hist-axis"),
            "select", swatch("hist-select"));
    private double dragStart = -1;
    private double dragEnd = -1;

    LogHistogramView(ReadOnlyObjectProperty<LogHistogram> histogram, BiConsumer<Instant, Instant> zoom) {
        this.histogram = histogram;
        setId("log-histogram");
        getStyleClass().add("log-histogram");
        getChildren().add(canvas);
        swatches.values().forEach(l -> {
            l.setManaged(false);
            l.setVisible(false);
            getChildren().add(l);
        });
        setMinHeight(96);
        setPrefHeight(110);
        histogram.addListener((o, a, b) -> draw());
        widthProperty().addListener(o -> draw());
        heightProperty().addListener(o -> draw());
        setOnMousePressed(e -> {
            dragStart = e.getX();
            dragEnd = e.getX();
            draw();
        });
        setOnMouseDragged(e -> {
            dragEnd = Math.max(0, Math.min(getWidth(), e.getX()));
            draw();
        });
        setOnMouseReleased(e -> {
            LogHistogram h = histogram.get();
            double a = Math.min(dragStart, dragEnd);
            double b = Math.max(dragStart, dragEnd);
            dragStart = dragEnd = -1;
            draw();
            if (h != null && b - a >= 4) {
                zoom.accept(timeAt(h, a), timeAt(h, b));
            }
        });
    }

    private static Label swatch(String style) {
        Label l = new Label();
        l.getStyleClass().add(style);
        return l;
    }

    private Color colour(String key) {
        Label l = swatches.getOrDefault(key, swatches.get(""));
        l.applyCss();
        return l.getTextFill() instanceof Color c ? c : Color.GRAY;
    }

    private Instant timeAt(LogHistogram h, double x) {
        long from = h.from().toEpochMilli();
        long span = h.to().toEpochMilli() - from;
        return Instant.ofEpochMilli(from + Math.round(span * (x / Math.max(1, plotWidth()))));
    }

    private double plotWidth() {
        return getWidth();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        LogHistogram data = histogram.get();
        double axis = 18;
        double plotH = h - axis - 4;
        g.setFont(Font.font(11));
        Color axisColour = colour("axis");
        g.setStroke(axisColour.deriveColor(0, 1, 1, 0.35));
        g.strokeLine(0, plotH + 4.5, w, plotH + 4.5);
        if (data == null || data.buckets().isEmpty()) {
            return;
        }
        long max = Math.max(1, data.buckets().stream().mapToLong(LogHistogram.Bucket::total).max().orElse(1));
        long from = data.from().toEpochMilli();
        double span = Math.max(1, data.to().toEpochMilli() - from);
        double barW = Math.max(1, w * data.interval().toMillis() / span - 1.5);
        for (LogHistogram.Bucket b : data.buckets()) {
            double x = (b.start().toEpochMilli() - from) / span * w;
            double y = plotH + 4;
            for (String level : STACK) {
                long n = level.isEmpty() ? b.byLevel().entrySet().stream().filter(e -> !STACK.contains(e.getKey()) || e.getKey().isEmpty())
                        .mapToLong(Map.Entry::getValue).sum() : b.byLevel().getOrDefault(level, 0L);
                if (n == 0) {
                    continue;
                }
                double bh = Math.max(1, plotH * n / max);
                g.setFill(colour(level));
                g.fillRect(Math.max(0, x), y - bh, barW, bh);
                y -= bh;
            }
        }
        g.setFill(axisColour);
        boolean longRange = span > 36 * 3_600_000d;
        for (int i = 0; i <= 5; i++) {
            double x = w * i / 5;
            Instant t = Instant.ofEpochMilli(from + Math.round(span * i / 5));
            String label = (longRange ? DAY : HOUR).format(t);
            g.fillText(label, Math.min(Math.max(2, x - 16), w - 60), h - 4);
        }
        g.fillText(max + " / " + humanInterval(data) , 4, 12);
        if (dragStart >= 0 && Math.abs(dragEnd - dragStart) > 1) {
            g.setFill(colour("select").deriveColor(0, 1, 1, 0.25));
            g.fillRect(Math.min(dragStart, dragEnd), 0, Math.abs(dragEnd - dragStart), plotH + 4);
        }
    }

    private static String humanInterval(LogHistogram h) {
        long s = h.interval().toSeconds();
        return s < 60 ? s + "s" : s < 3600 ? s / 60 + "m" : s < 86400 ? s / 3600 + "h" : s / 86400 + "d";
    }
}
