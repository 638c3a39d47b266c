package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.NodeSummary;
import dev.vigil.views.common.AgeText;
import dev.vigil.connectors.kubernetes.PodSummary;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The pods table: the columns of {@code kubectl get pods -o wide} plus owner, last restart, CPU and
 * memory, rows tinted by health, fixed row height (so 50,000 rows cost what 40 visible rows cost).
 * The view model sorts (the header only says by what), so a click re-sorts the rows once and no
 * comparator runs through cell wrappers.
 */
final class PodTable extends TableView<PodSummary> {

    private static final double STATUS_MIN_WIDTH = 150;
    private static final double STATUS_MAX_WIDTH = 420;

    private final ClusterViewModel model;
    private final Map<PodColumn, TableColumn<PodSummary, PodSummary>> columns = new EnumMap<>(PodColumn.class);
    private final Map<PodColumn, Function<PodSummary, String>> texts = new EnumMap<>(PodColumn.class);
    private String selectedKey;
    // Every row the table made (a few dozen, reused as it scrolls; weak: a skin that rebuilds its rows drops the old ones).
    private final Set<PodRow> rows = Collections.newSetFromMap(new WeakHashMap<>());

    PodTable(ClusterViewModel model, Clock clock) {
        this.model = model;
        setId("pods-table");
        getStyleClass().addAll("pods-table", "dense");
        setFixedCellSize(24);
        setTableMenuButtonVisible(true);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label("No pods match"));
        setItems(model.pods());

        column(PodColumn.NAMESPACE, 100, PodSummary::namespace);
        column(PodColumn.NAME, 240, PodSummary::name);
        column(PodColumn.READY, 56, PodSummary::readyText);
        column(PodColumn.STATUS, 200, PodSummary::statusText).getStyleClass().add("status-column");
        column(PodColumn.RESTARTS, 100, p -> p.restarts() == 0 ? "0" : p.restarts() + (p.lastRestart() == null ? ""
                : " (" + AgeText.of(p.lastRestart(), clock.instant()) + " ago)")).getStyleClass().add("numeric");
        column(PodColumn.AGE, 60, p -> AgeText.of(p.created(), clock.instant()));
        column(PodColumn.CPU, 70, p -> UsageText.cpu(model.usageProperty().get().cpu(p))).getStyleClass().add("numeric");
        column(PodColumn.MEMORY, 78, p -> UsageText.memory(model.usageProperty().get().memory(p))).getStyleClass().add("numeric");
        nodeColumn();
        column(PodColumn.IP, 104, p -> p.ip() == null ? "" : p.ip());
        column(PodColumn.OWNER, 180, PodSummary::ownerText);
        getColumns().addAll(columns.values());
        getSortOrder().add(columns.get(PodColumn.STATUS));

        // Without a metrics source the columns would only ever be empty (set, not bound: the column menu toggles them too).
        for (PodColumn pc : new PodColumn[]{PodColumn.CPU, PodColumn.MEMORY}) {
            TableColumn<PodSummary, PodSummary> c = columns.get(pc);
            c.setVisible(model.usageAvailableProperty().get());
            model.usageAvailableProperty().addListener((o, was, available) -> c.setVisible(available));
        }
        model.usageProperty().addListener((o, a, b) -> refresh());
        model.nodes().problemsRevisionProperty().addListener((o, a, b) -> refresh());
        model.longestStatusProperty().addListener((o, a, text) -> fitStatus(text));

        // The view model sorts: the header only reports what the user picked.
        setSortPolicy(t -> {
            List<PodColumn.SortKey> keys = new ArrayList<>();
            for (TableColumn<PodSummary, ?> c : getSortOrder()) {
                if (c.getUserData() instanceof PodColumn pc) {
                    keys.add(new PodColumn.SortKey(pc, c.getSortType() == TableColumn.SortType.ASCENDING));
                }
            }
            model.sortBy(keys);
            return true;
        });

        PodRow.Cells cells = new PodRow.Cells() {
            @Override
            public PodSummary current(PodSummary row) {
                PodSummary now = model.pod(row.key());
                return now == null ? row : now;
            }

            @Override
            public String text(PodColumn column, PodSummary pod) {
                Function<PodSummary, String> f = texts.get(column);
                return f == null ? "" : f.apply(pod);
            }

            @Override
            public String nodeProblem(PodSummary pod) {
                return nodeTooltip(pod);
            }
        };
        setRowFactory(t -> {
            PodRow row = new PodRow(cells);
            rows.add(row);
            return row;
        });
        // Rows draw at the columns' widths: a resized, moved or hidden column redraws them.
        getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<PodSummary, ?>>) c -> relayoutRows());
        for (TableColumn<PodSummary, PodSummary> c : columns.values()) {
            c.widthProperty().addListener((o, a, b) -> relayoutRows());
        }
        // Ages count on: a row whose texts did not change is not drawn again.
        model.nowProperty().addListener((o, a, b) -> redrawRows(p -> true));
        // Pods that changed without moving yet: their rows show the new state where they are.
        model.rowStatesProperty().addListener((o, a, b) -> redrawRows(p -> model.restated(p.key())));
        keepSelectionOnItsPod();
    }

    /**
     * A pod keeps its selection when it moves (its sort position changed) or the rows were rebuilt (a
     * new filter): the table by itself would only remember the row number. While the table hears of a
     * move the selection is set aside (nothing selected), then put back on its pod: with a row selected,
     * the selection model shifts it across each of the move's sub-changes, one per scattered row, which
     * made a busy cluster's moves twice as costly. When a move takes the selected pod away (it went, or
     * the filter hides its new state), the selection goes on to the pod that was below it, as a list's
     * cursor does; a new filter keeps the pod chosen and selects it again when it shows.
     */
    private void keepSelectionOnItsPod() {
        getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            // The table moves its selection to a neighbour when the selected pod's row goes in a move: not a new choice.
            if (p != null && !model.rowsChanging()) {
                selectedKey = p.key();
            }
        });
        // The selected row while the selection is set aside (-1: not), and the pod below it then.
        int[] asideRow = {-1};
        String[] below = {null};
        model.aroundRowMoves(() -> {
            int row = getSelectionModel().getSelectedIndex();
            if (selectedKey != null && row >= 0) {
                asideRow[0] = row;
                below[0] = row + 1 < getItems().size() ? getItems().get(row + 1).key() : null;
                getSelectionModel().clearSelection();
            }
        }, () -> {
            int was = asideRow[0];
            if (was < 0) {
                return;
            }
            asideRow[0] = -1;
            int row = model.rowOf(selectedKey);
            if (row < 0 && !getItems().isEmpty()) {
                // Its pod went, or its new state is one the filter hides: the cursor goes on to the pod below it.
                int next = below[0] == null ? -1 : model.rowOf(below[0]);
                row = next >= 0 ? next : Math.min(was, getItems().size() - 1);
                selectedKey = getItems().get(row).key();
            }
            if (row >= 0) {
                getSelectionModel().clearAndSelect(row);
            } else {
                selectedKey = null;
            }
        });
        getItems().addListener((ListChangeListener<PodSummary>) c -> {
            if (selectedKey == null || asideRow[0] >= 0) {
                return;
            }
            PodSummary selected = getSelectionModel().getSelectedItem();
            if (selected != null && selected.key().equals(selectedKey)) {
                return;
            }
            int row = model.rowOf(selectedKey);
            if (row >= 0) {
                getSelectionModel().clearAndSelect(row);
            } else if (model.pod(selectedKey) == null) {
                selectedKey = null;
            }
        });
    }

    private TableColumn<PodSummary, PodSummary> column(PodColumn pc, double width, Function<PodSummary, String> text) {
        TableColumn<PodSummary, PodSummary> c = new TableColumn<>(pc.title());
        c.setId("col-" + pc.name().toLowerCase(Locale.ROOT));
        c.setUserData(pc);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setPrefWidth(width);
        texts.put(pc, text);
        columns.put(pc, c);
        return c;
    }

    /** Rows are drawn, not laid out from cells: tell the visible ones that the columns changed. */
    private void relayoutRows() {
        for (PodRow row : rows) {
            row.requestLayout();
            row.redraw();
        }
    }

    /** Redraws the rows on screen whose pod passes (rows kept aside for scrolling are drawn when they come back). */
    private void redrawRows(Predicate<PodSummary> which) {
        for (PodRow row : rows) {
            PodSummary pod = row.getItem();
            if (pod != null && row.isVisible() && row.getParent() != null && which.test(pod)) {
                row.redraw();
            }
        }
    }

    /** The node, and its problem when it has one: a pod on a NotReady node is the node's problem. */
    private void nodeColumn() {
        column(PodColumn.NODE, 104, pod -> {
            NodeSummary node = model.nodes().node(pod.node());
            String problem = node == null ? null : node.problem();
            return pod.node() == null ? "<none>" : problem == null ? pod.node() : pod.node() + " · " + problem;
        });
    }

    /** Only sick nodes carry a tooltip: the full reason, which the column may not have room for. */
    private String nodeTooltip(PodSummary pod) {
        NodeSummary node = model.nodes().node(pod.node());
        if (node == null || node.problem() == null) {
            return null;
        }
        return "Node " + node.name() + ": " + node.status() + (node.pressures().isEmpty() ? "" : ", " + String.join(", ", node.pressures()))
                + (node.message() == null ? "" : "\n" + node.message());
    }

    /** Widens the Status column to its longest text (within bounds), so reasons are not cut to "...". */
    private void fitStatus(String longest) {
        // Measured in the bold the failing rows use (a Text off the scene gets no CSS, hence the explicit font).
        Text probe = new Text(longest);
        probe.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12.5));
        double width = Math.ceil(probe.getLayoutBounds().getWidth()) + 30;
        TableColumn<PodSummary, PodSummary> status = columns.get(PodColumn.STATUS);
        double fitted = Math.max(STATUS_MIN_WIDTH, Math.min(STATUS_MAX_WIDTH, width));
        if (fitted > status.getWidth()) {
            status.setPrefWidth(fitted);
        }
    }
}
