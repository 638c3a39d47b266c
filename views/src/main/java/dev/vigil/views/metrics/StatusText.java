package dev.vigil.views.metrics;

import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The toolbar's status line ("Updated 07:42:54 UTC · 48 tiles"). It changes with every refresh, and a
 * label placed in the toolbar asks its parents for layout on each new text: the toolbar, the page and
 * the section were laid out again every second (measured: a sixth of the FX time of a refresh). Here the
 * label sits in an unmanaged pane, a layout root, so a new text lays out that pane only; the box asks
 * the toolbar for room only when a text is wider than any before it (so the toolbar does not jitter).
 */
final class StatusText extends Region {

    private final Label label = new Label();
    private final Pane holder = new Pane(label);
    private double widest;

    StatusText() {
        holder.setManaged(false);
        getChildren().add(holder);
        setMaxHeight(Region.USE_PREF_SIZE); // the toolbar centres it
        label.textProperty().addListener((obs, old, now) -> {
            double w = label.prefWidth(-1);
            if (w > widest) {
                widest = w;
                requestLayout();
            }
        });
    }

    Label label() {
        return label;
    }

    @Override
    protected double computePrefWidth(double height) {
        widest = Math.max(widest, label.prefWidth(-1));
        return widest;
    }

    @Override
    protected double computePrefHeight(double width) {
        return label.prefHeight(-1);
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
