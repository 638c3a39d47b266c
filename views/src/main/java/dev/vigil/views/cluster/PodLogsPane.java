package dev.vigil.views.cluster;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.Map;

/** The logs tab: options in one dense row, the lines below, matches of the search highlighted. */
final class PodLogsPane extends VBox {

    private static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    private static final Map<String, Integer> SINCE = new LinkedHashMap<>();
    /** Width of one character of the 11 px monospace pod labels. */
    private static final double MONO_CHAR_WIDTH = 6.7;
    private static final PseudoClass[] POD_COLOURS = new PseudoClass[MergedLogs.COLOURS];

    static {
        for (int k = 0; k < POD_COLOURS.length; k++) {
            POD_COLOURS[k] = PseudoClass.getPseudoClass("pod-" + k);
        }
    }

    /** "checkout-7f9c-x2k9q" of Deployment/checkout reads "7f9c-x2k9q". */
    static String shortName(String pod, String workload) {
        String owner = workload.substring(workload.indexOf('/') + 1);
        return pod.startsWith(owner + "-") && pod.length() > owner.length() + 1 ? pod.substring(owner.length() + 1) : pod;
    }

    static {
        SINCE.put("all time", 0);
        SINCE.put("5m", 300);
        SINCE.put("1h", 3600);
        SINCE.put("6h", 6 * 3600);
        SINCE.put("24h", 24 * 3600);
    }

    PodLogsPane(PodLogsViewModel model) {
        setId("pod-logs");
        getStyleClass().add("pod-logs");
        setSpacing(6);

        ComboBox<String> container = new ComboBox<>(model.containers());
        container.setId("log-container");
        container.valueProperty().bindBidirectional(model.containerProperty());
        container.setTooltip(new javafx.scene.control.Tooltip("Container"));
        CheckBox previous = new CheckBox("Previous");
        previous.setId("log-previous");
        previous.selectedProperty().bindBidirectional(model.previousProperty());
        ComboBox<Integer> tail = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(100, 500, 2000, 10000));
        tail.setId("log-tail");
        tail.setTooltip(new javafx.scene.control.Tooltip("Tail lines"));
        tail.setValue(model.tailLinesProperty().get());
        tail.valueProperty().addListener((o, a, v) -> model.tailLinesProperty().set(v == null ? 500 : v));
        ComboBox<String> since = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(SINCE.keySet()));
        since.setId("log-since");
        since.setTooltip(new javafx.scene.control.Tooltip("Since"));
        since.setValue("all time");
        since.valueProperty().addListener((o, a, v) -> model.sinceSecondsProperty().set(SINCE.getOrDefault(v, 0)));
        CheckBox timestamps = new CheckBox("Timestamps");
        timestamps.selectedProperty().bindBidirectional(model.timestampsProperty());
        CheckBox wrap = new CheckBox("Wrap");
        wrap.selectedProperty().bindBidirectional(model.wrapProperty());
        CheckBox allPods = new CheckBox();
        allPods.setId("log-all-pods");
        allPods.selectedProperty().bindBidirectional(model.allPodsProperty());
        allPods.textProperty().bind(model.workloadProperty().map(w -> "All pods of " + w));
        allPods.visibleProperty().bind(model.workloadProperty().isNotEmpty());
        allPods.managedProperty().bind(allPods.visibleProperty());
        ToggleButton follow = new ToggleButton("Follow");
        follow.setId("log-follow");
        follow.selectedProperty().bindBidirectional(model.followProperty());
        TextField search = new TextField();
        search.setId("log-search");
        search.setPromptText("Search");
        search.setPrefColumnCount(12);
        search.textProperty().bindBidirectional(model.searchProperty());
        Label matches = new Label();
        matches.getStyleClass().add("muted");
        matches.textProperty().bind(model.matchesProperty().map(n -> n.intValue() == 0 ? "" : n + " matches"));
        container.setPrefWidth(150);
        tail.setPrefWidth(96);
        since.setPrefWidth(104);
        // Options wrap onto a second row in a narrow pane instead of shrinking into "..." labels.
        javafx.scene.layout.FlowPane options = new javafx.scene.layout.FlowPane(8, 6, container, tail, since, previous, timestamps, wrap,
                allPods, follow, search, matches);
        options.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        options.setAlignment(Pos.CENTER_LEFT);
        options.getStyleClass().add("log-options");

        // Any option change reads again: cheap, and the user sees exactly what the options say.
        for (javafx.beans.Observable o : new javafx.beans.Observable[]{model.containerProperty(), model.previousProperty(),
                model.tailLinesProperty(), model.sinceSecondsProperty(), model.timestampsProperty(), model.followProperty(),
                model.allPodsProperty()}) {
            o.addListener(x -> {
                if (model.podProperty().get() != null) {
                    model.reload();
                }
            });
        }

        // One width for every pod label of a merged view, so the lines start in one column.
        javafx.beans.property.DoubleProperty podLabelWidth = new javafx.beans.property.SimpleDoubleProperty();
        model.mergedPods().addListener((javafx.beans.InvalidationListener) o -> podLabelWidth.set(
                model.mergedPods().stream().mapToInt(n -> shortName(n, model.workloadProperty().get()).length()).max().orElse(0)
                        * MONO_CHAR_WIDTH + 8));
        ListView<LogLine> lines = new ListView<>(model.lines());
        lines.setId("log-lines");
        lines.getStyleClass().add("log-lines");
        lines.setFixedCellSize(20);
        lines.setCellFactory(v -> new ListCell<>() {
            private final Label pod = new Label();

            {
                wrapTextProperty().bind(model.wrapProperty());
                pod.getStyleClass().add("log-pod");
                pod.minWidthProperty().bind(podLabelWidth);
            }

            @Override
            protected void updateItem(LogLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.text());
                pseudoClassStateChanged(MATCH, !empty && line != null && model.matches(line));
                boolean merged = !empty && line != null && !model.mergedPods().isEmpty();
                if (merged) {
                    // The pod's own suffix is what tells replicas apart; the colour does it at a glance.
                    pod.setText(shortName(line.pod(), model.workloadProperty().get()));
                    for (int k = 0; k < MergedLogs.COLOURS; k++) {
                        pod.pseudoClassStateChanged(POD_COLOURS[k], k == line.colour());
                    }
                }
                setGraphic(merged ? pod : null);
            }
        });
        model.wrapProperty().addListener((o, a, w) -> lines.setFixedCellSize(w ? -1 : 20));
        model.searchProperty().addListener((o, a, b) -> {
            lines.refresh();
            // Bring the first match into view, as a pager's search would.
            for (int i = 0; i < model.lines().size(); i++) {
                if (model.matches(model.lines().get(i))) {
                    lines.scrollTo(Math.max(0, i - 2));
                    break;
                }
            }
        });
        // Following keeps the newest line in view, like tail -f.
        model.lines().addListener((ListChangeListener<LogLine>) c -> {
            if (model.followProperty().get() && !model.lines().isEmpty()) {
                lines.scrollTo(model.lines().size() - 1);
            }
        });
        Label message = new Label();
        message.setId("log-message");
        message.getStyleClass().add("muted");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox.setVgrow(lines, Priority.ALWAYS);
        Region pad = new Region();
        pad.setMinHeight(0);
        getChildren().addAll(options, message, lines);
    }
}
