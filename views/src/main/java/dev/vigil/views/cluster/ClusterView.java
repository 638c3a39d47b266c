package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.ClusterStatus;
import dev.vigil.connectors.kubernetes.ConnectionState;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.views.common.MessageLabel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.text.NumberFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Cluster section: connection state, summary strip, k9s-style filter and the pods table, with
 * the open pod beside it; a second tab for workloads and what changed. Keyboard first: {@code /}
 * filter, Enter details, {@code l} logs, {@code d} describe, Esc back.
 */
public final class ClusterView extends BorderPane {

    private static final javafx.css.PseudoClass ATTENTION = javafx.css.PseudoClass.getPseudoClass("attention");

    private final ClusterViewModel model;
    private final PodInspectorViewModel inspector;
    private final PodTable table;
    private final TextField filter = new TextField();
    private final PodDetailsPane detailsPane;
    private final SplitPane split = new SplitPane();
    private final TabPane tabs = new TabPane();
    private Tab podsTab;
    private Tab nodesTab;

    public ClusterView(ClusterViewModel model, PodInspectorViewModel inspector, RevisionHistoryViewModel history, Clock clock) {
        this.model = Objects.requireNonNull(model);
        this.inspector = Objects.requireNonNull(inspector);
        setId("cluster-view");
        getStyleClass().add("cluster-view");
        getStylesheets().add(Objects.requireNonNull(ClusterView.class.getResource("cluster.css")).toExternalForm());

        table = new PodTable(model, clock);
        detailsPane = new PodDetailsPane(inspector.details(), inspector.logs(), inspector.actions(), this::closeDetails);

        filter.setId("pod-filter");
        filter.setPromptText("Filter  ( / )   e.g.  checkout   -l app=checkout   ns:payments   status:!Running");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        filter.getStyleClass().add("pod-filter");
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label shown = new Label();
        shown.setId("pods-shown");
        shown.getStyleClass().add("muted");
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        shown.textProperty().bind(Bindings.createStringBinding(() -> model.filterProperty().get().matchesAll()
                        ? n.format(model.pods().size()) + " pods"
                        : n.format(model.pods().size()) + " of " + n.format(model.countsProperty().get().total()) + " pods",
                model.pods(), model.countsProperty(), model.filterProperty()));
        Label usage = MessageLabel.of("usage-message", "usage-message", model.usageMessageProperty());
        HBox filterBar = new HBox(10, new FontIcon(Feather.SEARCH), filter, usage, shown);
        filterBar.setAlignment(Pos.CENTER_LEFT);
        filterBar.getStyleClass().add("filter-bar");

        split.getItems().add(table);
        inspector.openProperty().addListener((o, was, open) -> {
            if (open && !split.getItems().contains(detailsPane)) {
                split.getItems().add(detailsPane);
                split.setDividerPositions(0.56);
            } else if (!open) {
                split.getItems().remove(detailsPane);
            }
        });
        VBox pods = new VBox(filterBar, split);
        VBox.setVgrow(split, Priority.ALWAYS);

        Tab podsTab = new Tab("Pods", pods);
        podsTab.setId("tab-pods");
        WorkloadsPane workloads = new WorkloadsPane(model.workloads(), history, clock, this::openDeploymentLogs,
                new ChangesPin(model, inspector.details().pinboard(), clock));
        workloads.setActive(false);
        Tab workloadsTab = new Tab("Workloads", workloads);
        workloadsTab.selectedProperty().addListener((o, was, selected) -> workloads.setActive(selected));
        workloadsTab.setId("tab-workloads");
        NodesPane nodesPane = new NodesPane(model.nodes(), clock, node -> {
            model.filterTextProperty().set("node:" + node);
            tabs.getSelectionModel().select(podsTab);
            table.requestFocus();
        });
        nodesPane.setActive(false);
        Tab nodesTab = new Tab("Nodes", nodesPane);
        nodesTab.setId("tab-nodes");
        nodesTab.selectedProperty().addListener((o, was, selected) -> nodesPane.setActive(selected));
        nodesTab.textProperty().bind(model.nodes().unhealthyProperty().map(k -> k.intValue() == 0 ? "Nodes"
                : "Nodes (" + k + " need attention)"));
        this.nodesTab = nodesTab;
        tabs.getTabs().setAll(podsTab, workloadsTab, nodesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        this.podsTab = podsTab;
        tabs.getStyleClass().add("cluster-tabs");

        setTop(new VBox(statusBar(), summaryStrip()));
        setCenter(tabs);
        installKeys();
        detailsPane.onTabChanged(() -> inspector.showLogs(detailsPane.logsShown()));
    }

    private HBox statusBar() {
        Label state = new Label();
        state.setId("cluster-state");
        state.getStyleClass().addAll("cluster-state", "live-state");
        FontIcon dot = new FontIcon(Feather.CIRCLE);
        state.setGraphic(dot);
        state.textProperty().bind(model.statusProperty().map(ClusterView::stateText));
        model.statusProperty().addListener((o, a, s) -> styleState(state, s));
        styleState(state, model.statusProperty().get());
        Label message = new Label();
        message.setId("cluster-message");
        message.getStyleClass().add("cluster-message");
        message.textProperty().bind(model.statusProperty().map(ClusterStatus::message));
        message.setWrapText(true);
        Label context = new Label();
        context.getStyleClass().add("muted");
        context.textProperty().bind(model.environmentProperty().map(e -> e.kubeContext() == null ? "" : "context " + e.kubeContext()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, state, message, spacer, context);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("cluster-status-bar");
        return bar;
    }

    private static String stateText(ClusterStatus s) {
        return switch (s.state()) {
            case CONNECTING -> "Connecting";
            case CONNECTED -> "Live";
            case RECONNECTING -> "Reconnecting";
            case UNREACHABLE -> "Unreachable";
            case UNAUTHORIZED -> "Unauthorized";
            case MISCONFIGURED -> "Not connected";
            case CLOSED -> "Closed";
        };
    }

    private static void styleState(Label label, ClusterStatus s) {
        label.getStyleClass().removeAll("state-ok", "state-warn", "state-down", "state-idle");
        ConnectionState st = s.state();
        label.getStyleClass().add(st == ConnectionState.CONNECTED ? "state-ok"
                : st == ConnectionState.RECONNECTING || st == ConnectionState.CONNECTING ? "state-warn"
                : st == ConnectionState.CLOSED ? "state-idle" : "state-down");
    }

    private HBox summaryStrip() {
        HBox strip = new HBox(8,
                chip("summary-total", "Pods", c -> c.total(), "", "chip-total"),
                chip("summary-running", "Running", c -> c.running(), "status:running,not_ready", "chip-running"),
                chip("summary-pending", "Pending", c -> c.pending(), "status:pending", "chip-pending"),
                chip("summary-failing", "Failing", c -> c.failing(), "status:failing", "chip-failing"),
                chip("summary-restarting", "Restarting", c -> c.restarting(), "", "chip-restarting"),
                nodesChip());
        strip.getStyleClass().add("summary-strip");
        strip.setAlignment(Pos.CENTER_LEFT);
        return strip;
    }

    private Button chip(String id, String title, java.util.function.ToIntFunction<PodCounts> figure, String filterText,
                        String style) {
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("chip-value");
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        value.textProperty().bind(model.countsProperty().map(c -> n.format(figure.applyAsInt(c))));
        Label caption = new Label(title);
        caption.getStyleClass().add("chip-caption");
        Button chip = new Button(null, new VBox(0, value, caption));
        chip.getStyleClass().addAll("summary-chip", style);
        chip.setFocusTraversable(false);
        // A chip is a shortcut for its filter; clicking it again clears it.
        chip.setOnAction(e -> model.filterTextProperty().set(filterText.equals(model.filterTextProperty().get()) ? "" : filterText));
        return chip;
    }

    /** Sick nodes: not ready or under pressure; a click opens the Nodes tab. */
    private Button nodesChip() {
        Label value = new Label();
        value.setId("summary-nodes");
        value.getStyleClass().add("chip-value");
        value.textProperty().bind(model.nodes().unhealthyProperty().asString());
        Label caption = new Label("Sick nodes");
        caption.getStyleClass().add("chip-caption");
        Button chip = new Button(null, new VBox(0, value, caption));
        chip.getStyleClass().addAll("summary-chip", "chip-nodes");
        model.nodes().unhealthyProperty().addListener((o, a, k) -> chip.pseudoClassStateChanged(ATTENTION, k.intValue() > 0));
        chip.setFocusTraversable(false);
        chip.setOnAction(e -> tabs.getSelectionModel().select(nodesTab));
        return chip;
    }

    private void installKeys() {
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(false);
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected(false);
            }
        });
        filter.setOnAction(e -> {
            table.requestFocus();
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            boolean typing = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
            if (typing) {
                return;
            }
            switch (e.getCharacter()) {
                case "/" -> {
                    filter.requestFocus();
                    filter.selectAll();
                    e.consume();
                }
                case "l" -> {
                    openSelected(true);
                    e.consume();
                }
                case "d" -> {
                    openSelected(false);
                    e.consume();
                }
                default -> { }
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ESCAPE) {
                return;
            }
            if (getScene() != null && getScene().getFocusOwner() == filter) {
                table.requestFocus();
                e.consume();
            } else if (inspector.openProperty().get()) {
                closeDetails();
                e.consume();
            }
        });
    }

    private void openSelected(boolean logs) {
        PodSummary row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        PodSummary now = model.pod(row.key()); // its newest state (a row may wait up to a second to move)
        inspector.open(now == null ? row : now);
        if (logs) {
            detailsPane.showLogs();
        } else {
            detailsPane.showOverview();
        }
    }

    /** A deployment's logs: its first pod opened in the Pods tab, on the Logs tab, all its pods merged. */
    private void openDeploymentLogs(dev.vigil.connectors.kubernetes.DeploymentSummary d) {
        List<PodSummary> pods = model.podsOf(d.namespace(), "Deployment", d.name());
        if (pods.isEmpty()) {
            return;
        }
        PodSummary first = pods.stream().min(java.util.Comparator.comparing(PodSummary::name)).orElseThrow();
        tabs.getSelectionModel().select(podsTab);
        inspector.logs().allPodsProperty().set(true);
        inspector.open(first);
        detailsPane.showLogs();
    }

    private void closeDetails() {
        inspector.close();
        table.requestFocus();
    }
}
