package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.DeploymentSummary;
import dev.vigil.connectors.kubernetes.RevisionSummary;
import dev.vigil.views.common.AgeText;
import dev.vigil.views.common.MessageLabel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.function.Function;

/** Deployments with ready/desired and rollout state, the selected one's revisions, and the "what changed" feed. */
final class WorkloadsPane extends SplitPane {

    private static final PseudoClass UNHEALTHY = PseudoClass.getPseudoClass("failing");
    private static final String[] KINDS = {"crash", "rollout", "scale", "restart"};

    private final TableView<DeploymentSummary> deployments = new TableView<>();
    private final ListView<ChangeItem> feed = new ListView<>();
    private final javafx.collections.ObservableList<DeploymentSummary> sortedDeployments;
    private final javafx.collections.ObservableList<ChangeItem> changes;

    WorkloadsPane(WorkloadsModel model, RevisionHistoryViewModel history, Clock clock,
                  java.util.function.Consumer<DeploymentSummary> openLogs, ChangesPin pin) {
        setId("workloads");
        deployments.setId("deployments-table");
        deployments.getStyleClass().add("dense");
        deployments.setFixedCellSize(24);
        SortedList<DeploymentSummary> sorted = new SortedList<>(model.deployments());
        sorted.comparatorProperty().bind(deployments.comparatorProperty());
        sortedDeployments = sorted;
        changes = model.changes();
        deployments.getColumns().addAll(java.util.List.of(
                col("Namespace", DeploymentSummary::namespace, 120),
                col("Name", DeploymentSummary::name, 200),
                col("Ready", d -> d.ready() + "/" + d.desired(), 70),
                col("Up-to-date", d -> String.valueOf(d.updated()), 80),
                col("Available", d -> String.valueOf(d.available()), 80),
                col("Rollout", DeploymentSummary::rollout, 130),
                col("Revision", d -> d.revision() == 0 ? "" : String.valueOf(d.revision()), 70),
                col("Images", d -> String.join(", ", d.images()), 320)));
        deployments.setPlaceholder(new Label("No deployments"));
        deployments.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DeploymentSummary d, boolean empty) {
                super.updateItem(d, empty);
                pseudoClassStateChanged(UNHEALTHY, !empty && d != null && (d.ready() < d.desired() || d.rollout().startsWith("stalled")));
            }
        });
        deployments.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> history.select(d));

        ListView<RevisionSummary> revisions = new ListView<>(history.revisions());
        revisions.setId("revisions");
        revisions.setPlaceholder(new Label("Select a deployment to see its revisions"));
        revisions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RevisionSummary r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : "#" + r.revision() + "  " + (r.created() == null ? "" : r.created() + "  ")
                        + r.replicaSet() + " (" + r.replicas() + " replicas)\n" + String.join(", ", r.images()));
            }
        });
        Label revisionsTitle = new Label();
        revisionsTitle.getStyleClass().add("details-heading");
        revisionsTitle.textProperty().bind(history.deploymentProperty().map(d -> "Revisions of " + d.namespace() + "/" + d.name())
                .orElse("Revisions"));
        VBox revisionBox = new VBox(4, revisionsTitle, revisions);
        VBox.setVgrow(revisions, Priority.ALWAYS);
        javafx.scene.control.Button logs = new javafx.scene.control.Button("Logs of all its pods",
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.FILE_TEXT));
        logs.setId("deployment-logs");
        logs.disableProperty().bind(deployments.getSelectionModel().selectedItemProperty().isNull());
        logs.setOnAction(e -> openLogs.accept(deployments.getSelectionModel().getSelectedItem()));
        Label hint = new Label("Select a deployment for its revisions and logs");
        hint.getStyleClass().add("muted");
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(10, logs, hint);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("workloads-bar");
        VBox deploymentsBox = new VBox(6, bar, deployments);
        VBox.setVgrow(deployments, Priority.ALWAYS);
        SplitPane left = new SplitPane(deploymentsBox, revisionBox);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.68);

        feed.setId("changes-feed");
        feed.setPlaceholder(new Label("Nothing changed in the last " + WorkloadsModel.FEED_WINDOW.toHours() + " hours"));
        feed.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ChangeItem c, boolean empty) {
                super.updateItem(c, empty);
                // Pseudo-classes, not style classes: changing a style class re-creates the cell's CSS.
                for (String kind : KINDS) {
                    pseudoClassStateChanged(PseudoClass.getPseudoClass(kind), !empty && c != null && kind.equals(c.kind()));
                }
                if (empty || c == null) {
                    setText(null);
                    return;
                }
                setText(AgeText.of(c.time(), clock.instant()) + " ago · " + c.kind() + " · " + c.namespace() + "/"
                        + c.target() + "\n" + c.detail());
            }
        });
        Label feedTitle = new Label("What changed (last " + WorkloadsModel.FEED_WINDOW.toHours() + " h)");
        feedTitle.getStyleClass().add("details-heading");
        javafx.scene.control.Button pinChanges = new javafx.scene.control.Button("Pin to incident",
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.PAPERCLIP));
        pinChanges.setId("pin-changes");
        pinChanges.getStyleClass().add("small");
        pinChanges.disableProperty().bind(pin.canPin().not());
        javafx.scene.control.Tooltip pinTip = new javafx.scene.control.Tooltip();
        pinTip.setOnShowing(e -> pinTip.setText(pin.hint()));
        pinChanges.setTooltip(pinTip);
        pinChanges.setOnAction(e -> pin.pin());
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.layout.HBox feedHeader = new javafx.scene.layout.HBox(8, feedTitle, spacer, pinChanges);
        feedHeader.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label pinned = MessageLabel.of("pin-changes-message", "muted", pin.messageProperty());
        VBox feedBox = new VBox(4, feedHeader, pinned, feed);
        VBox.setVgrow(feed, Priority.ALWAYS);
        getItems().addAll(left, feedBox);
        setDividerPositions(0.66);
    }

    /**
     * Hidden, the pane lets go of its lists: a tab out of view still lays out and styles its cells,
     * which costs the Pods tab frames while pods churn.
     */
    void setActive(boolean active) {
        deployments.setItems(active ? sortedDeployments : javafx.collections.FXCollections.observableArrayList());
        feed.setItems(active ? changes : javafx.collections.FXCollections.observableArrayList());
    }

    private static TableColumn<DeploymentSummary, String> col(String title, Function<DeploymentSummary, String> value, double width) {
        TableColumn<DeploymentSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
