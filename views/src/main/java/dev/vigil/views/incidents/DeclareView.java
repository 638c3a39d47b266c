package dev.vigil.views.incidents;

import dev.vigil.incidents.Severity;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** "Declare incident": a card over the list, focused on the title; Enter declares, Esc cancels. */
final class DeclareView extends StackPane {

    private final Map<String, Label> errors = new HashMap<>();
    private final TextField title = new TextField();

    DeclareView(IncidentsViewModel section, Supplier<List<String>> environments) {
        setId("declare-view");
        getStyleClass().add("overlay-scrim");
        setAlignment(Pos.TOP_CENTER);
        DeclareForm form = section.declareForm();

        Label heading = new Label("Declare incident", new FontIcon(Feather.ALERT_OCTAGON));
        heading.getStyleClass().add("overlay-title");
        Label sub = new Label("Creates the incident with impact_started and detected on its timeline. Times are UTC.");
        sub.getStyleClass().add("section-purpose");
        Label origin = new Label();
        origin.setId("declare-origin");
        origin.getStyleClass().add("declare-origin");
        origin.setGraphic(new FontIcon(Feather.BELL));
        origin.textProperty().bind(form.origin.map(o -> o.isBlank() ? "" : o + " · detected when the alert was created; the alert becomes evidence"));
        origin.visibleProperty().bind(form.origin.isNotEmpty());
        origin.managedProperty().bind(origin.visibleProperty());

        title.setId("declare-title");
        title.setPromptText("What is wrong, in a few words (e.g. Checkout returns 500 for card payments)");
        title.textProperty().bindBidirectional(form.title);

        ComboBox<String> service = new ComboBox<>();
        service.setId("declare-service");
        service.setEditable(true);
        service.setMaxWidth(Double.MAX_VALUE);
        service.valueProperty().bindBidirectional(form.service);

        ToggleGroup sevGroup = new ToggleGroup();
        HBox severities = new HBox();
        for (Severity s : Severity.values()) {
            ToggleButton b = new ToggleButton(s.name());
            b.setId("declare-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(sevGroup);
            b.getStyleClass().add(s.ordinal() == 0 ? "left-pill" : s.ordinal() == 3 ? "right-pill" : "center-pill");
            b.setOnAction(e -> {
                form.severity.set(s);
                b.setSelected(true);
            });
            severities.getChildren().add(b);
        }
        form.severity.addListener((obs, old, now) -> sevGroup.getToggles().get(now.ordinal()).setSelected(true));
        sevGroup.getToggles().get(form.severity.get().ordinal()).setSelected(true);

        TextField impact = new TextField();
        impact.setId("declare-impact");
        impact.setPromptText("now, -15m, 09:52, 2026-11-22 09:52");
        impact.textProperty().bindBidirectional(form.impactStarted);
        TextField commander = new TextField();
        commander.setId("declare-commander");
        commander.textProperty().bindBidirectional(form.commander);
        ComboBox<String> environment = new ComboBox<>();
        environment.setId("declare-environment");
        environment.setMaxWidth(Double.MAX_VALUE);
        environment.valueProperty().bindBidirectional(form.environment);

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = field(grid, row, "Title", "title", title);
        row = field(grid, row, "Service", "service", service);
        row = field(grid, row, "Severity", "severity", severities);
        row = field(grid, row, "Impact started", "impactStarted", impact);
        row = field(grid, row, "Commander", "commander", commander);
        field(grid, row, "Environment", "environment", environment);

        Label failure = new Label();
        failure.setId("declare-error");
        failure.getStyleClass().add("field-error");
        failure.setWrapText(true);
        failure.textProperty().bind(section.declareErrorProperty());

        Button declare = new Button("Declare", new FontIcon(Feather.ZAP));
        declare.setId("declare-submit");
        declare.getStyleClass().add("danger");
        declare.setDefaultButton(true);
        declare.disableProperty().bind(section.submittingProperty());
        declare.setOnAction(e -> section.declare());
        Button cancel = new Button("Cancel");
        cancel.setId("declare-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> section.cancelDeclare());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, failure, spacer, cancel, declare);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label drill = new Label("Drill — this incident is tagged as a drill and left out of Reports",
                new FontIcon(Feather.ACTIVITY));
        drill.setId("declare-drill");
        drill.getStyleClass().add("declare-drill");
        drill.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> form.tags.contains(dev.vigil.incidents.Incident.DRILL_TAG), form.tags));
        drill.managedProperty().bind(drill.visibleProperty());

        VBox card = new VBox(14, heading, sub, origin, drill, grid, buttons);
        card.getStyleClass().add("palette-card");
        card.setPadding(new Insets(22, 24, 20, 24));
        card.setMaxWidth(680);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setOnMouseClicked(e -> e.consume());
        StackPane.setMargin(card, new Insets(70, 0, 0, 0));
        getChildren().add(card);
        setOnMouseClicked(e -> section.cancelDeclare());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                section.cancelDeclare();
                e.consume();
            }
        });

        form.errors().addListener((MapChangeListener<String, String>) c -> showErrors(form));
        section.declaringProperty().addListener((obs, old, open) -> {
            if (open) {
                service.getItems().setAll(section.catalogue());
                environment.getItems().setAll(environments.get());
                showErrors(form);
                Platform.runLater(title::requestFocus);
            }
        });
    }

    private int field(GridPane grid, int row, String label, String key, Node input) {
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        Label error = new Label();
        error.setId("declare-error-" + key);
        error.getStyleClass().add("field-error");
        error.setVisible(false);
        error.setManaged(false);
        errors.put(key, error);
        grid.add(l, 0, row);
        grid.add(new VBox(3, input, error), 1, row);
        return row + 1;
    }

    private void showErrors(DeclareForm form) {
        errors.forEach((key, label) -> {
            String message = form.errors().get(key);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
            label.setManaged(message != null);
        });
    }
}
