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
    // Advances of the first 512 characters (Latin scripts, digits, punctuation) in an array, the rest in a map.
    private final double[] common = new double[512];
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
            w += advance(text.charAt(i));
        }
        return w;
    }

    /** How far the pen moves for this character. */
    public double advance(char c) {
        if (c < common.length) {
            double a = common[c];
            if (a == 0) {
                a = measure(c);
                // A character that takes no room (a control character) is measured again each time: cheap, and rare.
                common[c] = a;
            }
            return a;
        }
        return advances.computeIfAbsent(c, this::measure);
    }

    /**
     * How many of the text's first characters fit in {@code room} with {@code suffix} after them (the
     * whole text if it fits without); one walk over the text.
     */
    public int fitting(String text, double room, String suffix) {
        double whole = width(text);
        if (whole <= room) {
            return text.length();
        }
        double w = whole + width(suffix);
        int end = text.length();
        while (end > 0 && w > room) {
            end--;
            w -= advance(text.charAt(end));
        }
        return end;
    }

    private double measure(char c) {
        probe.setText(String.valueOf(c));
        return probe.getLayoutBounds().getWidth();
    }
}
