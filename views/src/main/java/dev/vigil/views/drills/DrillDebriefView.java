package dev.vigil.views.drills;

import dev.vigil.connectors.demo.DrillDebrief;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/** The debrief after a drill: the three times, what had happened and what would have fixed it. */
public final class DrillDebriefView extends StackPane {

    private final VBox card = new VBox(16);
    private final Consumer<String> openIncident;
    private final DrillsViewModel model;

    public DrillDebriefView(DrillsViewModel model, Consumer<String> openIncident) {
        this.model = model;
        this.openIncident = openIncident;
        setId("drill-debrief");
        getStylesheets().add(java.util.Objects.requireNonNull(DrillDebriefView.class.getResource("drills.css")).toExternalForm());
        getStyleClass().add("overlay-scrim");
        setAlignment(Pos.CENTER);
        card.getStyleClass().addAll("palette-card", "drill-card");
        card.setMaxWidth(660);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setOnMouseClicked(e -> e.consume());
        getChildren().add(card);
        setOnMouseClicked(e -> model.dismissDebrief());
        visibleProperty().bind(model.debriefProperty().isNotNull());
        model.debriefProperty().addListener((obs, old, d) -> render(d));
    }

    private void render(DrillDebrief d) {
        card.getChildren().clear();
        if (d == null) {
            return;
        }
        Label title = new Label("Drill debrief — " + d.scenario().title());
        title.getStyleClass().add("overlay-title");
        Label paged = new Label(d.pagedAt() == null ? "The drill ended before its first page went out."
                : d.incidentId() == null ? "No incident was declared for this drill." : "Incident " + d.incidentId() + ", counted from the first page.");
        paged.getStyleClass().add("section-purpose");

        HBox figures = new HBox(12, figure("Acknowledge", d.toAcknowledge(), "debrief-ack"),
                figure("Find the cause", d.toFindCause(), "debrief-cause"),
                figure("Resolve", d.toResolve(), "debrief-resolve"));
        Label evidence = new Label(d.causeEvidence() == null
                ? "No pinned evidence named the cause. Pin what shows it — a pod, a log query, a metric — to the incident."
                : "Cause found with: " + d.causeEvidence());
        evidence.setId("debrief-evidence");
        evidence.setWrapText(true);
        evidence.getStyleClass().add(d.causeEvidence() == null ? "inline-warning" : "drill-found");

        VBox story = new VBox(6, heading("What happened"), para(d.scenario().cause()), heading("What fixes it"), para(d.scenario().fix()));

        Button close = new Button("Close");
        close.setId("debrief-close");
        close.setDefaultButton(true);
        close.setOnAction(e -> model.dismissDebrief());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer);
        if (d.incidentId() != null) {
            Button open = new Button("Open " + d.incidentId(), new FontIcon(Feather.EXTERNAL_LINK));
            open.setId("debrief-open-incident");
            open.setOnAction(e -> {
                model.dismissDebrief();
                openIncident.accept(d.incidentId());
            });
            buttons.getChildren().add(open);
        }
        buttons.getChildren().add(close);
        card.getChildren().addAll(title, paged, figures, evidence, story, buttons);
    }

    private static VBox figure(String name, Optional<Duration> value, String id) {
        Label v = new Label(DrillDebrief.text(value));
        v.setId(id);
        v.getStyleClass().addAll("drill-figure-value", value.isPresent() ? "done" : "missed");
        Label n = new Label(name);
        n.getStyleClass().add("drill-figure-name");
        VBox box = new VBox(2, v, n);
        box.getStyleClass().add("drill-figure");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-heading");
        return l;
    }

    private static Label para(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
