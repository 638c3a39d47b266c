package dev.vigil.views.cluster;

import dev.vigil.views.common.AgeText;
import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

/**
 * The pods table: the columns of {@code kubectl get pods -o wide} plus owner and last restart,
 * rows tinted by health, fixed row height (so 50,000 rows cost what 40 visible rows cost).
 */
final class PodTable extends TableView<PodSummary> {

    private static final Map<PodHealth, PseudoClass> HEALTH = Map.of(
            PodHealth.FAILING, PseudoClass.getPseudoClass("failing"),
            PodHealth.PENDING, PseudoClass.getPseudoClass("pending"),
            PodHealth.NOT_READY, PseudoClass.getPseudoClass("not-ready"),
            PodHealth.TERMINATING, PseudoClass.getPseudoClass("terminating"),
            PodHealth.COMPLETED, PseudoClass.getPseudoClass("completed"));

    /** Worst first, so the default sort puts sick pods on top. */
    static final Comparator<PodSummary> BY_HEALTH = Comparator.comparingInt(p -> switch (p.health()) {
        case FAILING -> 0;
        case PENDING -> 1;
        case NOT_READY -> 2;
        case TERMINATING -> 3;
        case RUNNING -> 4;
        case COMPLETED -> 5;
    });

    PodTable(Clock clock) {
        setId("pods-table");
        getStyleClass().addAll("pods-table", "dense");
        setFixedCellSize(24);
        setTableMenuButtonVisible(true);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label("No pods match"));

        TableColumn<PodSummary, String> ns = text("Namespace", PodSummary::namespace, 104);
        TableColumn<PodSummary, String> name = text("Name", PodSummary::name, 250);
        TableColumn<PodSummary, PodSummary> ready = column("Ready", 60, Comparator.comparingDouble(
                p -> p.containers() == 0 ? 1 : (double) p.ready() / p.containers()), PodSummary::readyText);
        TableColumn<PodSummary, PodSummary> status = column("Status", 228, BY_HEALTH.thenComparing(PodSummary::status),
                PodSummary::statusText);
        status.getStyleClass().add("status-column");
        TableColumn<PodSummary, PodSummary> restarts = column("Restarts", 118, Comparator.comparingInt(PodSummary::restarts),
                p -> p.restarts() == 0 ? "0" : p.restarts() + (p.lastRestart() == null ? ""
                        : " (" + AgeText.of(p.lastRestart(), clock.instant()) + " ago)"));
        restarts.getStyleClass().add("numeric");
        TableColumn<PodSummary, PodSummary> age = column("Age", 64,
                Comparator.comparing(PodSummary::created, Comparator.nullsLast(Comparator.reverseOrder())),
                p -> AgeText.of(p.created(), clock.instant()));
        TableColumn<PodSummary, String> node = text("Node", p -> p.node() == null ? "<none>" : p.node(), 90);
        TableColumn<PodSummary, String> ip = text("IP", p -> p.ip() == null ? "" : p.ip(), 114);
        TableColumn<PodSummary, String> owner = text("Owner", PodSummary::ownerText, 190);
        getColumns().addAll(java.util.List.of(ns, name, ready, status, restarts, age, node, ip, owner));
        getSortOrder().add(status);

        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PodSummary pod, boolean empty) {
                super.updateItem(pod, empty);
                for (var e : HEALTH.entrySet()) {
                    pseudoClassStateChanged(e.getValue(), !empty && pod != null && pod.health() == e.getKey());
                }
            }
        });
    }

    private static TableColumn<PodSummary, String> text(String title, Function<PodSummary, String> value, double width) {
        TableColumn<PodSummary, String> c = new TableColumn<>(title);
        c.setId("col-" + title.toLowerCase(java.util.Locale.ROOT));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A column whose sort order differs from its text (ready ratio, restarts, age, health). */
    private static TableColumn<PodSummary, PodSummary> column(String title, double width, Comparator<PodSummary> order,
                                                              Function<PodSummary, String> text) {
        TableColumn<PodSummary, PodSummary> c = new TableColumn<>(title);
        c.setId("col-" + title.toLowerCase(java.util.Locale.ROOT));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setComparator(order);
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PodSummary pod, boolean empty) {
                super.updateItem(pod, empty);
                setText(empty || pod == null ? null : text.apply(pod));
            }
        });
        return c;
    }
}
