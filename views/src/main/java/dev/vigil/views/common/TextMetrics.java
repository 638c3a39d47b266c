package dev.vigil.views.common;

import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.HashMap;
import java.util.Map;

/**
 * A font's line metrics and text widths for drawing text on a canvas (metric tiles, pod rows), FX
 * thread only. Widths are the sum of each character's advance, measured once per character and
 * remembered: a tile's value changes every second, a pod row's text many times a second, and laying
 * the text out each time is what the canvas saves. (JavaFX lays text out without kerning, so the sum
 * is the laid-out width.)
 */
public final class TextMetrics {

    private static final Map<Font, TextMetrics> KNOWN = new HashMap<>();

    private final Font font;
    private final double ascent;
    private final double descent;
    private final Map<Character, Double> advances = new HashMap<>();
    private final Text probe = new Text();

    private TextMetrics(Font font) {
        this.font = font;
        probe.setFont(font);
        probe.setTextOrigin(VPos.BASELINE);
        probe.setText("Hg");
        ascent = -probe.getLayoutBounds().getMinY();
        descent = probe.getLayoutBounds().getMaxY();
    }

    public static TextMetrics of(Font font) {
        return KNOWN.computeIfAbsent(font, TextMetrics::new);
    }

    public Font font() {
        return font;
    }

    /** Baseline to the top of the line. */
    public double ascent() {
        return ascent;
    }

    /** Baseline to the bottom of the line. */
    public double descent() {
        return descent;
    }

    public double lineHeight() {
        return ascent + descent;
    }

    public double width(String text) {
        return width(text, text.length());
    }

    /** The width of the text's first {@code end} characters. */
    public double width(String text, int end) {
        double w = 0;
        for (int i = 0; i < end; i++) {
            w += advances.computeIfAbsent(text.charAt(i), this::measure);
        }
        return w;
    }

    private double measure(char c) {
        probe.setText(String.valueOf(c));
        return probe.getLayoutBounds().getWidth();
    }
}
