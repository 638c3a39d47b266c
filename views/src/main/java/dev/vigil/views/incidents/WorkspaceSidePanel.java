package dev.vigil.views.incidents;

import dev.vigil.incidents.EvidenceKind;
import dev.vigil.incidents.Evidence;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.Role;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Locale;

/** The right column of the workspace: roles, checklist, evidence and the status update composer. */
final class WorkspaceSidePanel extends VBox {

    private final WorkspaceViewModel model;
    private final VBox roles = new VBox(6);
    private final VBox checklist = new VBox(6);
    private final VBox evidence = new VBox(6);

    WorkspaceSidePanel(WorkspaceViewModel model) {
        this.model = model;
        setSpacing(14);
        getStyleClass().add("workspace-side");
        getChildren().addAll(
                card("Roles", Feather.USERS, roles),
                card("Checklist", Feather.CHECK_SQUARE, checklist),
                card("Evidence", Feather.PAPERCLIP, evidence),
                card("Status update", Feather.RADIO, composer()));
        model.incidentProperty().addListener((obs, old, i) -> {
            if (i != null) {
                renderRoles(i);
                renderEvidence(i);
                renderChecklist();
            }
        });
        model.checklist().addListener((ListChangeListener<ChecklistItem>) c -> renderChecklist());
    }

    private void renderRoles(Incident incident) {
        roles.getChildren().clear();
        for (Role role : Role.values()) {
            Label name = new Label(capitalize(role.key()));
            name.getStyleClass().add("form-label");
            name.setMinWidth(118);
            TextField person = new TextField(incident.roles().getOrDefault(role, ""));
            person.setId("role-" + role.key());
            person.setPromptText("unassigned");
            HBox.setHgrow(person, Priority.ALWAYS);
            Button assign = new Button(null, new FontIcon(Feather.CHECK));
            assign.setId("assign-" + role.key());
            assign.setTooltip(new Tooltip("Assign " + role.key() + " (a role_assigned event)"));
            assign.setOnAction(e -> model.assignRole(role, person.getText()));
            person.setOnAction(e -> model.assignRole(role, person.getText()));
            HBox row = new HBox(8, name, person, assign);
            row.setAlignment(Pos.CENTER_LEFT);
            roles.getChildren().add(row);
        }
    }

    private void renderChecklist() {
        checklist.getChildren().clear();
        if (model.checklist().isEmpty()) {
            Label none = new Label("No checklist for this severity. Add one under checklists: in the environments file.");
            none.setWrapText(true);
            none.getStyleClass().add("section-purpose");
            checklist.getChildren().add(none);
            return;
        }
        int n = 0;
        for (ChecklistItem item : model.checklist()) {
            Button tick = new Button(item.text(), new FontIcon(item.done() ? Feather.CHECK_SQUARE : Feather.SQUARE));
            tick.setId("checklist-" + n++);
            tick.getStyleClass().addAll("flat", "checklist-item", item.done() ? "done" : "todo");
            tick.setWrapText(true);
            tick.setMaxWidth(Double.MAX_VALUE);
            tick.setAlignment(Pos.CENTER_LEFT);
            if (item.done()) {
                tick.setTooltip(new Tooltip("Done at " + InstantText.format(item.doneAt()) + " UTC by " + item.doneBy()));
            }
            tick.setOnAction(e -> model.tickChecklist(item));
            checklist.getChildren().add(tick);
        }
    }

    private void renderEvidence(Incident incident) {
        evidence.getChildren().clear();
        if (incident.evidence().isEmpty()) {
            Label none = new Label("Nothing pinned yet. Use \"Pin to incident\" in Cluster, Metrics, Logs or Alerts.");
            none.setWrapText(true);
            none.getStyleClass().add("section-purpose");
            evidence.getChildren().add(none);
            return;
        }
        for (Evidence ev : incident.evidence()) {
            Label title = new Label(ev.title(), new FontIcon(icon(ev.kind())));
            title.getStyleClass().add("evidence-title");
            title.setWrapText(true);
            String first = ev.summary() == null ? "" : ev.summary().strip().lines().findFirst().orElse("");
            Label summary = new Label(first);
            summary.getStyleClass().add("section-purpose");
            VBox box = new VBox(2, title, summary);
            box.getStyleClass().add("evidence-item");
            box.setId("evidence-" + ev.id());
            Tooltip.install(box, new Tooltip(ev.kind().key() + " pinned " + InstantText.format(ev.pinnedAt()) + " UTC"
                    + (ev.pinnedBy() == null ? "" : " by " + ev.pinnedBy()) + "\n\n" + ev.summary() + "\n\nClick to open the source"));
            box.setOnMouseClicked(e -> model.openEvidence(ev));
            evidence.getChildren().add(box);
        }
    }

    private Node composer() {
        TextField impact = new TextField();
        impact.setId("update-impact");
        impact.setPromptText("Impact: who is affected, how badly");
        TextArea current = new TextArea();
        current.setId("update-current");
        current.setPromptText("Current status: what we know, what we are doing");
        current.setPrefRowCount(3);
        current.setWrapText(true);
        ComboBox<Integer> next = new ComboBox<>();
        next.setId("update-next");
        next.getItems().setAll(List.of(15, 30, 60, 120));
        next.setValue(30);
        next.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return m == null ? "" : "next update in " + m + " min";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        Button post = new Button("Post & copy", new FontIcon(Feather.COPY));
        post.setId("post-update");
        post.getStyleClass().add("accent");
        post.setOnAction(e -> {
            String text = model.statusUpdate(impact.getText(), current.getText(), next.getValue());
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, next, spacer, post);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, impact, current, buttons);
    }

    private static VBox card(String title, Ikon icon, Node body) {
        Label t = new Label(title, new FontIcon(icon));
        t.getStyleClass().add("card-title-small");
        VBox card = new VBox(8, t, body);
        card.getStyleClass().add("side-card");
        return card;
    }

    private static Ikon icon(EvidenceKind kind) {
        return switch (kind) {
            case POD -> Feather.BOX;
            case LOG_QUERY -> Feather.FILE_TEXT;
            case METRIC_SNAPSHOT -> Feather.ACTIVITY;
            case ALERT -> Feather.BELL;
            case URL -> Feather.LINK;
            case CHANGES -> Feather.GIT_COMMIT;
        };
    }

    private static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
