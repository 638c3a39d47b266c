package dev.vigil.views.cluster;

import dev.vigil.views.common.AgeText;
import dev.vigil.connectors.kubernetes.ClusterEvent;
import dev.vigil.connectors.kubernetes.PodDetails;
import dev.vigil.connectors.kubernetes.PodSummary;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Map;
import java.util.TreeMap;

/** The pane beside the table for the open pod: overview (with actions), events, logs and YAML. */
final class PodDetailsPane extends VBox {

    private static final javafx.css.PseudoClass WARNING = javafx.css.PseudoClass.getPseudoClass("warning");

    private final TabPane tabs = new TabPane();
    private final Tab overviewTab;
    private final Tab logsTab;

    PodDetailsPane(PodDetailsViewModel details, PodLogsViewModel logs, PodActionsViewModel actions, Runnable close) {
        setId("pod-details");
        getStyleClass().add("pod-details");

        Label title = new Label();
        title.setId("details-title");
        title.getStyleClass().add("details-title");
        title.textProperty().bind(details.podProperty().map(PodSummary::name));
        Label subtitle = new Label();
        subtitle.getStyleClass().add("muted");
        subtitle.textProperty().bind(details.podProperty().map(p -> p.namespace() + " · " + p.statusText()
                + " · " + p.readyText() + " ready · " + p.restarts() + " restarts"));
        Button pin = new Button("Pin to incident", new FontIcon(Feather.PAPERCLIP));
        pin.setId("pin-pod");
        pin.disableProperty().bind(details.canPin().not());
        Tooltip pinTip = new Tooltip();
        pin.setTooltip(pinTip);
        pin.setOnMouseEntered(e -> pinTip.setText(details.pinHint()));
        pin.setOnAction(e -> details.pin());
        Button closeButton = new Button(null, new FontIcon(Feather.X));
        closeButton.setId("details-close");
        closeButton.getStyleClass().add("flat");
        closeButton.setTooltip(new Tooltip("Close (Esc)"));
        closeButton.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        pin.setMinWidth(Region.USE_PREF_SIZE);
        closeButton.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(0);
        subtitle.setMinWidth(0);
        VBox titles = new VBox(2, title, subtitle);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox head = new HBox(8, titles, spacer, pin, closeButton);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("details-head");
        Label message = new Label();
        message.getStyleClass().add("muted");
        message.textProperty().bind(details.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        VBox overview = new VBox(10);
        overview.setPadding(new Insets(8));
        details.detailsProperty().addListener((o, a, d) -> overview.getChildren().setAll(overview(d)));
        VBox overviewWithActions = new VBox(10, new ActionBar(actions), overview);
        overviewWithActions.setPadding(new Insets(8, 4, 8, 4));
        ScrollPane overviewScroll = new ScrollPane(overviewWithActions);
        overviewScroll.setFitToWidth(true);
        overviewTab = new Tab("Overview", overviewScroll);
        overviewTab.setId("tab-overview");

        ListView<ClusterEvent> events = new ListView<>(details.events());
        events.setId("pod-events");
        events.setPlaceholder(new Label("No events for this pod"));
        events.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ClusterEvent e, boolean empty) {
                super.updateItem(e, empty);
                pseudoClassStateChanged(WARNING, !empty && e != null && e.warning());
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                setText(e.type() + "  " + e.reason() + (e.count() > 1 ? " (x" + e.count() + ")" : "") + "  "
                        + AgeText.of(e.lastSeen(), java.time.Instant.now()) + " ago\n" + e.message());
            }
        });
        Tab eventsTab = new Tab("Events", events);
        eventsTab.setId("tab-events");
        logsTab = new Tab("Logs", new PodLogsPane(logs));
        logsTab.setId("tab-logs");

        TextArea yaml = new TextArea();
        yaml.setId("pod-yaml");
        yaml.setEditable(false);
        yaml.getStyleClass().add("yaml");
        yaml.textProperty().bind(details.detailsProperty().map(PodDetails::yaml));
        Button copy = new Button("Copy YAML", new FontIcon(Feather.COPY));
        copy.setId("copy-yaml");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(yaml.getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        VBox.setVgrow(yaml, Priority.ALWAYS);
        Tab yamlTab = new Tab("YAML", new VBox(6, copy, yaml));
        yamlTab.setId("tab-yaml");

        tabs.getTabs().addAll(overviewTab, eventsTab, logsTab, yamlTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(head, message, tabs);
    }

    void showOverview() {
        tabs.getSelectionModel().select(overviewTab);
    }

    void showLogs() {
        tabs.getSelectionModel().select(logsTab);
    }

    void onTabChanged(Runnable listener) {
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> listener.run());
    }

    boolean logsShown() {
        return tabs.getSelectionModel().getSelectedItem() == logsTab;
    }

    private static java.util.List<javafx.scene.Node> overview(PodDetails d) {
        if (d == null) {
            return java.util.List.of();
        }
        PodSummary p = d.summary();
        GridPane facts = grid();
        int r = 0;
        r = fact(facts, r, "Status", p.statusText());
        r = fact(facts, r, "Node", p.node() == null ? "not scheduled" : p.node());
        r = fact(facts, r, "IP", p.ip() == null ? "" : p.ip());
        r = fact(facts, r, "Owners", d.ownerChain().isEmpty() ? "none" : String.join(" → ", d.ownerChain()));
        fact(facts, r, "Created", p.created() == null ? "" : p.created().toString());

        VBox containers = new VBox(6);
        for (PodDetails.ContainerInfo c : d.containers()) {
            Label name = new Label((c.init() ? "init · " : "") + c.name() + (c.ready() ? "  ✓ ready" : "  ✗ not ready"));
            name.getStyleClass().add(c.ready() ? "container-ok" : "container-bad");
            GridPane g = grid();
            int k = 0;
            k = fact(g, k, "Image", c.image());
            k = fact(g, k, "State", c.state());
            k = fact(g, k, "Restarts", String.valueOf(c.restarts()));
            if (c.lastTermination() != null) {
                fact(g, k, "Last termination", c.lastTermination());
            }
            containers.getChildren().addAll(name, g);
        }
        GridPane conditions = grid();
        int c = 0;
        for (PodDetails.Condition cond : d.conditions()) {
            c = fact(conditions, c, cond.type(), (cond.status() ? "True" : "False")
                    + (cond.reason() == null ? "" : " · " + cond.reason()) + (cond.message() == null ? "" : " · " + cond.message()));
        }
        return java.util.List.of(heading("Pod"), facts, heading("Containers"), containers, heading("Conditions"), conditions,
                heading("Labels"), map(d.labels()), heading("Annotations"), map(d.annotations()));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-heading");
        return l;
    }

    private static GridPane map(Map<String, String> m) {
        GridPane g = grid();
        int r = 0;
        for (var e : new TreeMap<>(m).entrySet()) {
            r = fact(g, r, e.getKey(), e.getValue());
        }
        return g;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(3);
        g.getStyleClass().add("facts");
        return g;
    }

    private static int fact(GridPane g, int row, String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add("fact-key");
        k.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.getStyleClass().add("fact-value");
        v.setWrapText(true);
        g.addRow(row, k, v);
        return row + 1;
    }
}
