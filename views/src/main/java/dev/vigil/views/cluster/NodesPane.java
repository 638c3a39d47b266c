package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.NodeSummary;
import dev.vigil.views.common.AgeText;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Nodes tab: every node with its status, pressures, roles and how many pods it runs; sick nodes
 * first and tinted. Enter or a double click opens the node's pods in the Pods tab.
 */
final class NodesPane extends VBox {

    private static final PseudoClass UNHEALTHY = PseudoClass.getPseudoClass("failing");

    private final TableView<NodeSummary> table = new TableView<>();
    private final ObservableList<NodeSummary> sorted;

    NodesPane(NodesModel model, Clock clock, Consumer<String> openPodsOf) {
        setId("nodes");
        table.setId("nodes-table");
        table.getStyleClass().add("dense");
        table.setFixedCellSize(24);
        SortedList<NodeSummary> byHealth = new SortedList<>(model.nodes());
        // Sick nodes first until the user picks a column.
        Comparator<NodeSummary> sickFirst = Comparator.comparing(NodeSummary::healthy).thenComparing(NodeSummary::name);
        byHealth.comparatorProperty().bind(table.comparatorProperty().map(c -> c == null ? sickFirst : c).orElse(sickFirst));
        sorted = byHealth;
        table.getColumns().addAll(List.of(
                col("Name", NodeSummary::name, 200),
                col("Status", NodeSummary::status, 170),
                col("Pressure", n -> String.join(", ", n.pressures()), 150),
                col("Roles", n -> n.roles().isEmpty() ? "<none>" : n.roles(), 110),
                col("Pods", n -> String.valueOf(model.pods(n.name())), 60),
                col("Age", n -> AgeText.of(n.created(), clock.instant()), 64),
                col("Version", n -> n.version() == null ? "" : n.version(), 100),
                col("Internal IP", n -> n.ip() == null ? "" : n.ip(), 120),
                col("Why", n -> n.message() == null ? "" : n.message(), 320)));
        table.setPlaceholder(new Label("No nodes (listing nodes may be forbidden for your user)"));
        table.setRowFactory(t -> {
            TableRow<NodeSummary> row = new TableRow<>() {
                @Override
                protected void updateItem(NodeSummary n, boolean empty) {
                    super.updateItem(n, empty);
                    pseudoClassStateChanged(UNHEALTHY, !empty && n != null && !n.healthy());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    openPodsOf.accept(row.getItem().name());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            NodeSummary n = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && n != null) {
                openPodsOf.accept(n.name());
                e.consume();
            }
        });
        Label hint = new Label("Enter or double-click a node to see its pods");
        hint.getStyleClass().add("muted");
        VBox.setVgrow(table, Priority.ALWAYS);
        setSpacing(4);
        getStyleClass().add("nodes-pane");
        getChildren().addAll(table, hint);
    }

    /** Hidden, the pane lets go of its list, as the Workloads tab does. */
    void setActive(boolean active) {
        table.setItems(active ? sorted : FXCollections.observableArrayList());
    }

    private static TableColumn<NodeSummary, String> col(String title, Function<NodeSummary, String> value, double width) {
        TableColumn<NodeSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
