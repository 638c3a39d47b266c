package dev.vigil.views.drills;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The strip under the header while a drill runs: which drill, for how long, and how to end it. */
public final class DrillStrip extends HBox {

    public DrillStrip(DrillsViewModel model) {
        setId("drill-strip");
        getStylesheets().add(java.util.Objects.requireNonNull(DrillStrip.class.getResource("drills.css")).toExternalForm());
        getStyleClass().add("drill-strip");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);

        Label badge = new Label("DRILL", new FontIcon(Feather.ACTIVITY));
        badge.getStyleClass().add("drill-badge");
        Label title = new Label();
        title.setId("drill-title");
        title.getStyleClass().add("drill-title");
        title.textProperty().bind(model.runningProperty().map(r -> r.scenario().title()).orElse(""));
        Label elapsed = new Label();
        elapsed.setId("drill-elapsed");
        elapsed.getStyleClass().add("drill-elapsed");
        elapsed.textProperty().bind(model.elapsedProperty().map(t -> t.isEmpty() ? "" : t + " elapsed"));
        Label speed = new Label();
        speed.getStyleClass().add("drill-hint");
        speed.textProperty().bind(model.runningProperty().map(r -> (r.speed() == 1 ? "real time" : "drill clock " + fmt(r.speed()) + "×")
                + " · incidents you declare now are tagged as drills").orElse(""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button end = new Button("End drill", new FontIcon(Feather.X_CIRCLE));
        end.setId("drill-end");
        end.getStyleClass().add("small");
        end.setOnAction(e -> model.end());
        getChildren().addAll(badge, title, elapsed, speed, spacer, end);

        visibleProperty().bind(model.runningProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    static String fmt(double speed) {
        return speed == Math.rint(speed) ? String.valueOf((long) speed) : String.valueOf(speed);
    }
}
