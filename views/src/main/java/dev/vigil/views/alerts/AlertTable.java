package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.Alert;
import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.connectors.alerting.AlertStatus;
import dev.vigil.views.common.AgeText;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The alert list: priority chip, status, title, service, source, count, live age and who
 * acknowledged it. New alerts are highlighted until looked at; closed ones are muted.
 */
final class AlertTable extends TableView<AlertRow> {

    private static final PseudoClass FRESH = PseudoClass.getPseudoClass("fresh");
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    private static final PseudoClass UNACKED = PseudoClass.getPseudoClass("unacked");

    AlertTable(ReadOnlyObjectProperty<Instant> now) {
        setId("alerts-table");
        getStyleClass().addAll("alerts-table", "dense");
        setPlaceholder(new Label(""));

        TableColumn<AlertRow, AlertPriority> priority = column("Priority", a -> a.priority(), 62);
        priority.setId("col-priority");
        priority.setComparator(Comparator.naturalOrder());
        priority.setCellFactory(c -> new TableCell<>() {
            private final Label chip = AlertChips.priority(AlertPriority.P3);

            @Override
            protected void updateItem(AlertPriority p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                } else {
                    AlertChips.restylePriority(chip, p);
                    setGraphic(chip);
                }
            }
        });
        TableColumn<AlertRow, AlertStatus> status = column("Status", a -> a.status(), 112);
        status.setId("col-status");
        status.setCellFactory(c -> new TableCell<>() {
            private final Label pill = AlertChips.status(AlertStatus.OPEN);

            @Override
            protected void updateItem(AlertStatus s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                } else {
                    AlertChips.restyleStatus(pill, s);
                    setGraphic(pill);
                }
            }
        });
        TableColumn<AlertRow, String> title = column("Title", Alert::title, 460);
        title.setId("col-title");
        title.getStyleClass().add("title-column");
        TableColumn<AlertRow, String> service = column("Service", Alert::service, 120);
        TableColumn<AlertRow, String> source = column("Source", Alert::source, 120);
        TableColumn<AlertRow, Integer> count = column("Count", Alert::count, 56);
        count.getStyleClass().add("numeric");
        TableColumn<AlertRow, Instant> age = column("Age", Alert::createdAt, 60);
        age.setId("col-age");
        age.setComparator(Comparator.nullsLast(Comparator.reverseOrder()));
        age.getStyleClass().add("numeric");
        age.setCellFactory(c -> new TableCell<>() {
            {
                now.addListener((o, a, t) -> paint(getItem(), isEmpty()));
            }

            @Override
            protected void updateItem(Instant created, boolean empty) {
                super.updateItem(created, empty);
                paint(created, empty);
            }

            private void paint(Instant created, boolean empty) {
                setText(empty || created == null ? null : AgeText.of(created, now.get()));
            }
        });
        TableColumn<AlertRow, String> ackBy = column("Acknowledged by", Alert::acknowledgedBy, 130);
        getColumns().addAll(java.util.List.of(priority, status, title, service, source, count, age, ackBy));
        // The title takes what the other columns leave: it is what a person reads. When the detail pane
        // narrows the list, the least needed columns step aside instead of a sideways scroll.
        title.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(180,
                getWidth() - 20 - getVisibleLeafColumns().stream().filter(col -> col != title).mapToDouble(TableColumn::getWidth).sum()),
                widthProperty(), getVisibleLeafColumns()));
        widthProperty().addListener((o, was, w) -> {
            source.setVisible(w.doubleValue() >= 940);
            ackBy.setVisible(w.doubleValue() >= 840);
        });

        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AlertRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(FRESH, !empty && row != null && row.fresh());
                pseudoClassStateChanged(CLOSED, !empty && row != null && row.alert().status() == AlertStatus.CLOSED);
                pseudoClassStateChanged(UNACKED, !empty && row != null && row.alert().status() == AlertStatus.OPEN);
            }
        });
    }

    private static <T> TableColumn<AlertRow, T> column(String title, Function<Alert, T> value, double width) {
        TableColumn<AlertRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new SimpleObjectProperty<>(value.apply(f.getValue().alert())));
        c.setPrefWidth(width);
        return c;
    }
}
