package dev.vigil.views.metrics;

import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.HashMap;
import java.util.Map;

/**
 * A font's line metrics and text widths for drawing tiles on a canvas, FX thread only. Widths are the
 * sum of each character's advance, measured once per character and remembered: a tile's value changes
 * every second, and laying its text out each time is what the canvas saves. (JavaFX lays text out
 * without kerning, so the sum is the laid-out width.)
 */
final class TextMetrics {

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

    static TextMetrics of(Font font) {
        return KNOWN.computeIfAbsent(font, TextMetrics::new);
    }

    Font font() {
        return font;
    }

    /** Baseline to the top of the line. */
    double ascent() {
        return ascent;
    }

    /** Baseline to the bottom of the line. */
    double descent() {
        return descent;
    }

    double lineHeight() {
        return ascent + descent;
    }

    double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += advances.computeIfAbsent(text.charAt(i), this::measure);
        }
        return w;
    }

    private double measure(char c) {
        probe.setText(String.valueOf(c));
        return probe.getLayoutBounds().getWidth();
    }
}
