package dev.vigil.views.metrics;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The toolbar's status line ("Updated 07:42:54 UTC · 48 tiles"). It changes with every refresh, and a
 * label placed in the toolbar asks its parents for layout on each new text: the toolbar, the page and
 * the section were laid out again every second, and the label's skin rebuilt its children (measured: a
 * sixth of the FX time of a refresh). Here it is a plain text in an unmanaged pane, a layout root, so a
 * new text lays out that pane only; the box asks the toolbar for room only when a text is wider than any
 * before it (so the toolbar does not jitter).
 */
final class StatusText extends Region {

    private final Text text = new Text();
    private final Pane holder = new Pane(text);
    private double widest;

    StatusText() {
        holder.setManaged(false);
        getChildren().add(holder);
        setMaxHeight(Region.USE_PREF_SIZE); // the toolbar centres it
        text.setTextOrigin(javafx.geometry.VPos.TOP);
        text.textProperty().addListener((obs, old, now) -> {
            double w = text.getLayoutBounds().getWidth();
            if (w > widest) {
                widest = w;
                requestLayout();
            }
        });
    }

    Text text() {
        return text;
    }

    @Override
    protected double computePrefWidth(double height) {
        widest = Math.max(widest, text.getLayoutBounds().getWidth());
        return widest;
    }

    @Override
    protected double computePrefHeight(double width) {
        return text.getLayoutBounds().getHeight();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        holder.resizeRelocate(0, 0, getWidth(), getHeight());
    }
}
