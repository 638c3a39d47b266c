package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.Alert;
import dev.vigil.connectors.alerting.AlertDetails;
import dev.vigil.connectors.alerting.AlertEntry;
import dev.vigil.connectors.alerting.AlertLink;
import dev.vigil.views.common.AgeText;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The selected alert: priority, status and title; its actions; then what to read — description,
 * links (runbook, generator), tags, labels and details, notes and the alert's own activity log.
 */
final class AlertDetailPane extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AlertsViewModel alerts;
    private final AlertDetailViewModel detail;
    private final Consumer<String> openInVigil;
    private final Label priority = AlertChips.priority(dev.vigil.connectors.alerting.AlertPriority.P3);
    private final Label status = AlertChips.status(dev.vigil.connectors.alerting.AlertStatus.OPEN);
    private final Label title = new Label();
    private final Label meta = new Label();
    private final VBox body = new VBox(16);
    private final AlertActionBar actions;

    AlertDetailPane(AlertsViewModel alerts, AlertDetailViewModel detail, AlertActionsViewModel actionsModel,
                    Consumer<String> openInVigil) {
        this.alerts = alerts;
        this.detail = detail;
        this.openInVigil = openInVigil;
        setId("alert-detail");
        getStyleClass().add("alert-detail");
        title.setId("alert-detail-title");
        title.getStyleClass().add("alert-detail-title");
        title.setWrapText(true);
        meta.setId("alert-detail-meta");
        meta.getStyleClass().add("muted");
        meta.setWrapText(true);
        for (Label l : new Label[]{title, meta}) {
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        HBox chips = new HBox(8, priority, status);
        chips.setAlignment(Pos.CENTER_LEFT);
        actions = new AlertActionBar(actionsModel);
        VBox header = new VBox(8, chips, title, meta, actions);
        header.getStyleClass().add("alert-detail-header");

        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("alert-detail-scroll");
        body.getStyleClass().add("alert-detail-body");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);

        alerts.selectedProperty().addListener((o, a, now) -> paint());
        detail.detailsProperty().addListener((o, a, d) -> paint());
        detail.errorProperty().addListener((o, a, e) -> paint());
        alerts.nowProperty().addListener((o, a, t) -> paintMeta(alerts.selectedProperty().get()));
        paint();
    }

    void focusActions() {
        actions.focusFirstAction();
    }

    private void paint() {
        Alert a = alerts.selectedProperty().get();
        if (a == null) {
            return;
        }
        AlertChips.restylePriority(priority, a.priority());
        AlertChips.restyleStatus(status, a.status());
        title.setText(a.title());
        paintMeta(a);
        AlertDetails d = detail.detailsProperty().get();
        boolean current = d != null && d.alert().id().equals(a.id());
        body.getChildren().clear();
        String description = current && !d.alert().description().isBlank() ? d.alert().description() : a.description();
        if (!description.isBlank()) {
            Label text = new Label(description);
            text.setId("alert-description");
            text.setWrapText(true);
            text.getStyleClass().add("alert-description");
            body.getChildren().add(section("Description", Feather.ALIGN_LEFT, text));
        }
        List<AlertLink> links = current && !d.alert().links().isEmpty() ? d.alert().links() : a.links();
        if (!links.isEmpty()) {
            FlowPane row = new FlowPane(14, 4);
            for (AlertLink l : links) {
                row.getChildren().add(link(l));
            }
            body.getChildren().add(section("Links", Feather.LINK, row));
        }
        if (!a.tags().isEmpty()) {
            FlowPane tags = new FlowPane(6, 6);
            a.tags().forEach(t -> {
                Label tag = new Label(t);
                tag.getStyleClass().add("alert-tag");
                tags.getChildren().add(tag);
            });
            body.getChildren().add(section("Tags", Feather.TAG, tags));
        }
        if (!a.labels().isEmpty()) {
            body.getChildren().add(section("Labels", Feather.HASH, pairs(a.labels(), "alert-labels")));
        }
        Map<String, String> details = current && !d.alert().details().isEmpty() ? d.alert().details() : a.details();
        if (!details.isEmpty()) {
            body.getChildren().add(section("Details", Feather.LIST, pairs(details, "alert-details")));
        }
        if (!detail.errorProperty().get().isEmpty()) {
            Label error = new Label(detail.errorProperty().get());
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            body.getChildren().add(error);
        }
        if (current) {
            body.getChildren().add(section("Notes", Feather.MESSAGE_SQUARE, entries(d.notes(), "alert-notes", "No notes yet.")));
            body.getChildren().add(section("Activity", Feather.CLOCK, entries(d.timeline(), "alert-timeline",
                    "The provider keeps no activity log for this alert.")));
        }
    }

    private void paintMeta(Alert a) {
        if (a == null) {
            return;
        }
        StringBuilder b = new StringBuilder();
        if (!a.service().isBlank()) {
            b.append(a.service()).append("  ·  ");
        }
        b.append(a.source().isBlank() ? "unknown source" : a.source());
        if (a.createdAt() != null) {
            b.append("  ·  opened ").append(AgeText.of(a.createdAt(), alerts.nowProperty().get())).append(" ago (")
                    .append(TIME.format(a.createdAt())).append(" UTC)");
        }
        b.append("  ·  ").append(a.count()).append(a.count() == 1 ? " occurrence" : " occurrences");
        if (a.lastOccurredAt() != null && a.count() > 1) {
            b.append(", last ").append(AgeText.of(a.lastOccurredAt(), alerts.nowProperty().get())).append(" ago");
        }
        if (!a.acknowledgedBy().isBlank()) {
            b.append("  ·  acknowledged by ").append(a.acknowledgedBy());
        }
        meta.setText(b.toString());
    }

    private Node link(AlertLink l) {
        Hyperlink h = new Hyperlink(l.title(), new FontIcon(l.url().startsWith("vigil:") ? Feather.ARROW_RIGHT_CIRCLE : Feather.EXTERNAL_LINK));
        h.getStyleClass().add("alert-link");
        h.setTooltip(new Tooltip(l.url().startsWith("vigil:") ? "Open in Vigil" : l.url() + "\n(click to copy)"));
        h.setOnAction(e -> {
            if (l.url().startsWith("vigil:")) {
                openInVigil.accept(l.url());
            } else {
                ClipboardContent c = new ClipboardContent();
                c.putString(l.url());
                Clipboard.getSystemClipboard().setContent(c);
                h.setText(l.title() + " — copied");
            }
        });
        return h;
    }

    private static VBox section(String name, Feather icon, Node content) {
        Label heading = new Label(name, new FontIcon(icon));
        heading.getStyleClass().add("alert-section-title");
        return new VBox(6, heading, content);
    }

    private static GridPane pairs(Map<String, String> values, String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(14);
        grid.setVgap(3);
        grid.getStyleClass().add("alert-pairs");
        int row = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            Label k = new Label(e.getKey());
            k.getStyleClass().add("pair-key");
            k.setMinWidth(Region.USE_PREF_SIZE);
            Label v = new Label(e.getValue());
            v.getStyleClass().add("pair-value");
            v.setWrapText(true);
            grid.addRow(row++, k, v);
        }
        return grid;
    }

    private static VBox entries(List<AlertEntry> list, String id, String empty) {
        VBox box = new VBox(6);
        box.setId(id);
        if (list.isEmpty()) {
            Label none = new Label(empty);
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
        }
        for (AlertEntry e : list) {
            Label when = new Label(e.at() == null ? "" : TIME.format(e.at()));
            when.getStyleClass().add("entry-time");
            when.setMinWidth(Region.USE_PREF_SIZE);
            Label who = new Label(e.who());
            who.getStyleClass().add("entry-who");
            who.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(e.text());
            text.setWrapText(true);
            text.getStyleClass().add("entry-text");
            HBox line = new HBox(10, when, who, text);
            line.getStyleClass().add("alert-entry");
            HBox.setHgrow(text, Priority.ALWAYS);
            box.getChildren().add(line);
        }
        return box;
    }
}
