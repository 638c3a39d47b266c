package dev.vigil.views.drills;

import dev.vigil.connectors.demo.DrillScenario;
import dev.vigil.connectors.demo.DrillScenarios;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Locale;

/**
 * "Start a drill": the scenarios by what the trainee will notice (never by their cause), the drill
 * clock's speed, and a start button. Off the demo environment it offers to switch to it.
 */
public final class DrillPicker extends StackPane {

    private static final List<Double> SPEEDS = List.of(1.0, 2.0, 5.0);

    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");

    private final javafx.beans.property.ObjectProperty<DrillScenario> chosen =
            new javafx.beans.property.SimpleObjectProperty<>(DrillScenarios.ALL.getFirst());
    private final ToggleGroup speeds = new ToggleGroup();

    public DrillPicker(DrillsViewModel model, Runnable switchToDemo) {
        setId("drill-picker");
        getStylesheets().add(java.util.Objects.requireNonNull(DrillPicker.class.getResource("drills.css")).toExternalForm());
        getStyleClass().add("overlay-scrim");
        setAlignment(Pos.CENTER);

        Label title = new Label("Start a drill");
        title.getStyleClass().add("overlay-title");
        Label intro = new Label("A drill breaks the demo fleet the way production breaks: alerts page you, and pods, "
                + "metrics and logs show the symptoms. Respond as you would on call — acknowledge, declare, find the "
                + "cause, pin the evidence, resolve — and the debrief shows how long each step took. Drill incidents "
                + "stay out of Reports unless you ask for them.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("drill-intro");

        VBox list = new VBox(6);
        for (DrillScenario s : DrillScenarios.ALL) {
            list.getChildren().add(scenarioRow(s));
        }

        HBox speedBox = new HBox(4);
        speedBox.setAlignment(Pos.CENTER_LEFT);
        Label speedLabel = new Label("Drill clock");
        speedLabel.getStyleClass().add("form-label");
        speedBox.getChildren().add(speedLabel);
        for (double v : SPEEDS) {
            ToggleButton b = new ToggleButton(DrillStrip.fmt(v) + "×");
            b.setId("drill-speed-" + DrillStrip.fmt(v));
            b.setUserData(v);
            b.setToggleGroup(speeds);
            b.getStyleClass().add("small");
            speedBox.getChildren().add(b);
        }
        speeds.selectToggle(speeds.getToggles().getFirst());
        keepOneSelected(speeds);

        Label message = new Label();
        message.setId("drill-message");
        message.getStyleClass().add("inline-warning");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Button toDemo = new Button("Switch to demo", new FontIcon(Feather.REPEAT));
        toDemo.setId("drill-switch-demo");
        toDemo.setOnAction(e -> {
            switchToDemo.run();
            model.openPicker();
        });
        toDemo.visibleProperty().bind(model.availableProperty().not());
        toDemo.managedProperty().bind(toDemo.visibleProperty());

        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.closePicker());
        Button start = new Button("Start drill", new FontIcon(Feather.PLAY));
        start.setId("drill-start");
        start.setDefaultButton(true);
        start.getStyleClass().add("accent");
        start.disableProperty().bind(model.availableProperty().not());
        start.setOnAction(e -> model.start(chosen.get(),
                (Double) speeds.getSelectedToggle().getUserData()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, speedBox, spacer, toDemo, cancel, start);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(14, title, intro, list, message, buttons);
        card.getStyleClass().addAll("palette-card", "drill-card");
        card.setMaxWidth(620);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setOnMouseClicked(e -> e.consume());
        getChildren().add(card);
        setOnMouseClicked(e -> model.closePicker());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.closePicker();
                e.consume();
            }
        });
        visibleProperty().bind(model.pickerOpenProperty());
        model.pickerOpenProperty().addListener((obs, was, open) -> {
            if (open) {
                start.requestFocus();
            }
        });
    }

    /** A toggle group of choices, not of switches: clicking the chosen one again keeps it chosen. */
    private static void keepOneSelected(ToggleGroup group) {
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                group.selectToggle(old);
            }
        });
    }

    /** One scenario as a selectable card: its name and what the trainee will notice. */
    private VBox scenarioRow(DrillScenario s) {
        Label name = new Label(s.title());
        name.getStyleClass().add("drill-option-title");
        Label teaser = new Label(s.teaser());
        teaser.getStyleClass().add("drill-option-teaser");
        teaser.setWrapText(true);
        teaser.setMinHeight(Region.USE_PREF_SIZE);
        VBox row = new VBox(2, name, teaser);
        row.setId("drill-option-" + s.id());
        row.getStyleClass().add("drill-option");
        row.setAccessibleText(s.title().toLowerCase(Locale.ROOT));
        row.setOnMouseClicked(e -> chosen.set(s));
        row.pseudoClassStateChanged(SELECTED, chosen.get() == s);
        chosen.addListener((obs, old, now) -> row.pseudoClassStateChanged(SELECTED, now == s));
        return row;
    }
}
