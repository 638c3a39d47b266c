package dev.vigil.views.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** A one-line message under or beside a control: bound to its text, and taking no room while empty. */
public final class MessageLabel {

    private MessageLabel() {
    }

    public static Label of(String id, String styleClass, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
