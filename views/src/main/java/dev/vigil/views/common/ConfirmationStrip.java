package dev.vigil.views.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The strip under an action bar that asks "Close alert …?" and, in production, for the name to be
 * typed: shown while a {@link TypedConfirmation} has something pending.
 */
public final class ConfirmationStrip extends VBox {

    public ConfirmationStrip(TypedConfirmation<?> confirmation, Runnable confirm) {
        super(6);
        setId("confirm-box");
        getStyleClass().add("confirm-box");
        Label what = new Label();
        what.setId("confirm-text");
        what.setWrapText(true);
        what.textProperty().bind(confirmation.questionProperty());
        TextField typed = new TextField();
        typed.setId("confirm-input");
        typed.textProperty().bindBidirectional(confirmation.typedProperty());
        typed.promptTextProperty().bind(confirmation.expectedProperty());
        Button ok = new Button("Confirm");
        ok.setId("confirm-action");
        ok.getStyleClass().add("danger");
        ok.disableProperty().bind(confirmation.confirmableProperty().not());
        ok.setOnAction(e -> confirm.run());
        typed.setOnAction(e -> confirm.run());
        Button cancel = new Button("Cancel");
        cancel.setId("confirm-cancel");
        cancel.setOnAction(e -> confirmation.cancel());
        HBox row = new HBox(8, typed, ok, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(what, row);
        visibleProperty().bind(confirmation.pendingProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        confirmation.pendingProperty().addListener((o, a, p) -> {
            if (p == null) {
                return;
            }
            boolean guarded = !confirmation.expectedProperty().get().isEmpty();
            typed.setVisible(guarded);
            typed.setManaged(guarded);
            (guarded ? typed : ok).requestFocus();
        });
    }
}
