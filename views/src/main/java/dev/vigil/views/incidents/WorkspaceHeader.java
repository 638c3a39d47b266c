package dev.vigil.views.incidents;

import dev.vigil.incidents.Incident;
import dev.vigil.incidents.Role;
import dev.vigil.incidents.metrics.ResponseClock;
import dev.vigil.incidents.report.HumanDuration;
import dev.vigil.views.common.StyleClasses;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/** The top of the workspace: who and what, four live clocks, and the lifecycle moves. */
final class WorkspaceHeader extends VBox {

    WorkspaceHeader(WorkspaceViewModel model, Runnable back, Runnable postmortem) {
        getStyleClass().add("workspace-header");
        setSpacing(10);

        Button backButton = new Button("Incidents", new FontIcon(Feather.ARROW_LEFT));
        backButton.setId("workspace-back");
        backButton.getStyleClass().add("flat");
        backButton.setOnAction(e -> back.run());
        HBox titleRow = new HBox(10);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label meta = new Label();
        meta.getStyleClass().add("section-purpose");
        meta.setId("workspace-meta");
        model.incidentProperty().addListener((obs, old, i) -> {
            if (i == null) {
                return;
            }
            Label id = new Label(i.id());
            id.getStyleClass().add("workspace-id");
            Label title = new Label(i.title());
            title.getStyleClass().add("workspace-title");
            title.setId("workspace-title");
            title.setMinWidth(0);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label status = Chips.status(i.status());
            status.setId("workspace-status");
            titleRow.getChildren().setAll(backButton, Chips.severity(i.severity()), id, title, spacer, status);
            meta.setText(metaLine(i));
        });

        HBox clocks = new HBox(12,
                clock("Impact", Feather.ZAP, model.sinceImpactProperty(), null, "clock-impact", model),
                clock("Open for", Feather.BELL, model.sinceDetectionProperty(), null, "clock-detection", model),
                clock("Acknowledge SLA", Feather.USER_CHECK, null, model.acknowledgeClockProperty(), "clock-ack", model),
                clock("Resolve SLA", Feather.CHECK_CIRCLE, null, model.resolveClockProperty(), "clock-resolve", model));
        Label figures = new Label();
        figures.setId("workspace-figures");
        figures.getStyleClass().add("workspace-figures");
        figures.textProperty().bind(model.figuresProperty());

        HBox moves = new HBox(8);
        moves.setAlignment(Pos.CENTER_LEFT);
        for (Move m : Move.values()) {
            Button b = new Button(m.label(), new FontIcon(TimelineCell.icon(m.kind())));
            b.setId("move-" + m.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().add(m == Move.RESOLVE ? "success" : m == Move.ACKNOWLEDGE ? "accent" : "move");
            ReadOnlyStringProperty refusal = model.refusalProperty(m);
            b.disableProperty().bind(refusal.isNotEmpty());
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(refusal.map(r -> r.isEmpty() ? m.label() + " now (" + m.kind().key() + " event)" : r));
            b.setTooltip(tip);
            b.setOnAction(e -> model.move(m));
            moves.getChildren().add(b);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new Button("Postmortem", new FontIcon(Feather.FILE_TEXT));
        export.setId("export-postmortem");
        export.setTooltip(new Tooltip("Write a postmortem draft (Markdown) with the figures and the whole timeline"));
        export.setOnAction(e -> postmortem.run());
        moves.getChildren().addAll(spacer, export);

        Label message = new Label();
        message.setId("workspace-message");
        message.setWrapText(true);
        model.messageProperty().addListener((obs, old, m) -> {
            message.setText(m == null ? "" : m.text());
            message.getStyleClass().removeAll("status-error", "status-ok");
            if (m != null) {
                message.getStyleClass().add(m.error() ? "status-error" : "status-ok");
            }
        });
        getChildren().addAll(titleRow, meta, clocks, figures, moves, message);
    }

    private static String metaLine(Incident i) {
        String commander = i.roles().get(Role.COMMANDER);
        return i.service() + "  ·  " + (i.environment() == null ? "no environment" : i.environment())
                + "  ·  commander " + (commander == null ? "unassigned" : commander)
                + (i.tags().isEmpty() ? "" : "  ·  " + String.join(", ", i.tags()));
    }

    // The SLA card's state classes (the card's own "clock-card" is not one of them).
    private static final java.util.List<String> CLOCK_STATES = java.util.Arrays.stream(ResponseClock.State.values())
            .map(st -> "clock-" + st.name().toLowerCase(Locale.ROOT)).toList();

    private static VBox clock(String name, Ikon icon, ReadOnlyStringProperty plain,
                              ReadOnlyObjectProperty<ResponseClock> sla, String id, WorkspaceViewModel model) {
        Label title = new Label(name, new FontIcon(icon));
        title.getStyleClass().add("clock-name");
        Label value = new Label("—");
        value.getStyleClass().add("clock-value");
        value.setId(id);
        Label detail = new Label("");
        detail.getStyleClass().add("clock-detail");
        VBox box = new VBox(2, title, value, detail);
        box.getStyleClass().add("clock-card");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        if (plain != null) {
            value.textProperty().bind(plain);
            boolean impact = name.equals("Impact");
            detail.textProperty().bind(model.timesProperty().map(t -> t.open()
                    ? (impact ? "customers affected, since impact start" : "since detection")
                    : (impact ? "impact start → last resolved" : "detection → last resolved")));
        } else {
            sla.addListener((obs, old, c) -> {
                if (c == null) {
                    return;
                }
                StyleClasses.choose(box, CLOCK_STATES, "clock-" + c.state().name().toLowerCase(Locale.ROOT));
                switch (c.state()) {
                    case MET -> {
                        value.setText("Met");
                        detail.setText("in " + HumanDuration.of(c.elapsed()) + " of " + HumanDuration.of(c.target()));
                    }
                    case BREACHED -> {
                        value.setText(c.stopped() ? "Breached" : HumanDuration.of(c.remaining().negated()) + " over");
                        detail.setText((c.stopped() ? "took " + HumanDuration.of(c.elapsed()) + ", " : "")
                                + "target " + HumanDuration.of(c.target()));
                    }
                    default -> {
                        value.setText(HumanDuration.of(c.remaining()) + " left");
                        detail.setText("target " + HumanDuration.of(c.target()));
                    }
                }
            });
        }
        return box;
    }
}
