package dev.vigil.views.incidents;

import dev.vigil.incidents.IncidentStatus;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.report.HumanDuration;
import dev.vigil.views.common.LabelConverter;
import dev.vigil.views.common.ServiceFilterBox;
import dev.vigil.views.common.Ticker;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;

/** The incident list: filters above, a dense sortable table, Enter or double-click opens an incident. */
final class IncidentListView extends VBox {

    private final IncidentListViewModel model;
    private final Clock clock;
    private final TableView<IncidentRow> table = new TableView<>();

    IncidentListView(IncidentsViewModel section, Clock clock) {
        this.model = section.list();
        this.clock = clock;
        setId("incident-list");
        getStyleClass().add("incident-list");

        TextField search = new TextField();
        search.setId("incident-search");
        search.setPromptText("Filter by id, title, service, commander…");
        search.textProperty().bindBidirectional(model.textProperty());
        search.setPrefWidth(300);

        ToggleGroup statusGroup = new ToggleGroup();
        HBox statuses = new HBox();
        for (IncidentListViewModel.StatusFilter f : IncidentListViewModel.StatusFilter.values()) {
            ToggleButton b = new ToggleButton(f.label());
            b.setId("status-filter-" + f.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(statusGroup);
            b.setSelected(model.statusFilterProperty().get() == f);
            b.setOnAction(e -> {
                model.statusFilterProperty().set(f);
                b.setSelected(true);
            });
            b.getStyleClass().add(f.ordinal() == 0 ? "left-pill" : f.ordinal() == 2 ? "right-pill" : "center-pill");
            statuses.getChildren().add(b);
        }

        ComboBox<Severity> severity = new ComboBox<>();
        severity.setId("severity-filter");
        severity.getItems().add(null);
        severity.getItems().addAll(Severity.values());
        severity.setConverter(LabelConverter.of(s -> s == null ? "All severities" : s.name()));
        severity.valueProperty().bindBidirectional(model.severityFilterProperty());
        severity.setPromptText("All severities");

        ServiceFilterBox service = new ServiceFilterBox(model.services(), model.serviceFilterProperty());
        service.setId("service-filter");

        Label count = new Label();
        count.getStyleClass().add("section-purpose");
        count.textProperty().bind(javafx.beans.binding.Bindings.size(model.visibleRows()).asString("%d incidents"));

        Button declare = new Button("Declare incident", new FontIcon(Feather.PLUS));
        declare.setId("declare-incident");
        declare.getStyleClass().add("accent");
        declare.setOnAction(e -> section.startDeclare());
        declare.disableProperty().bind(section.connection().storeProperty().isNull());
        Label hint = new Label("Ctrl+N");
        hint.getStyleClass().add("kbd");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(10, search, statuses, severity, service, spacer, count, declare, hint);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("toolbar");

        buildTable(section::openIncident);
        StackPane body = new StackPane(table, emptyState(section));
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(toolbar, body);
        setPadding(new Insets(16, 20, 12, 20));
        setSpacing(12);

        // Ages move on: repaint them twice a minute without asking the store again.
        Ticker.whileShowing(this, Duration.ofSeconds(30), table::refresh);
    }

    private void buildTable(Consumer<String> open) {
        table.setId("incident-table");
        table.getStyleClass().addAll("dense", "incident-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<IncidentRow, Severity> sev = column("Sev", IncidentRow::severity, 70);
        sev.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Severity item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : Chips.severity(item));
            }
        });
        TableColumn<IncidentRow, String> id = column("ID", IncidentRow::id, 110);
        TableColumn<IncidentRow, String> title = column("Title", IncidentRow::title, 360);
        TableColumn<IncidentRow, String> service = column("Service", IncidentRow::service, 120);
        TableColumn<IncidentRow, String> env = column("Environment", r -> r.environment() == null ? "" : r.environment(), 110);
        TableColumn<IncidentRow, IncidentStatus> status = column("Status", IncidentRow::status, 120);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(IncidentStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : Chips.status(item));
            }
        });
        TableColumn<IncidentRow, String> commander = column("Commander", r -> r.commander() == null ? "—" : r.commander(), 110);
        TableColumn<IncidentRow, Instant> age = column("Age", IncidentRow::detectedAt, 90);
        age.setCellFactory(c -> ageCell());
        TableColumn<IncidentRow, Instant> updated = column("Updated", IncidentRow::lastUpdate, 100);
        updated.setCellFactory(c -> ageCell());
        table.getColumns().setAll(java.util.List.of(sev, id, title, service, env, status, commander, age, updated));

        SortedList<IncidentRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<IncidentRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            IncidentRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected.id());
                e.consume();
            }
        });
        table.setPlaceholder(new Label(""));
    }

    private TableCell<IncidentRow, Instant> ageCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : HumanDuration.compact(Duration.between(item, clock.instant())) + " ago");
            }
        };
    }

    private static <T> TableColumn<IncidentRow, T> column(String name, Function<IncidentRow, T> value, double width) {
        TableColumn<IncidentRow, T> c = new TableColumn<>(name);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private VBox emptyState(IncidentsViewModel section) {
        FontIcon icon = new FontIcon(Feather.CHECK_CIRCLE);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label();
        title.getStyleClass().add("empty-title");
        Label text = new Label();
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        text.setMaxWidth(560);
        Button retry = new Button("Try again", new FontIcon(Feather.REFRESH_CW));
        retry.setOnAction(e -> section.connection().connect());
        Runnable render = () -> {
            String error = model.errorProperty().get();
            boolean failed = !error.isEmpty();
            title.setText(failed ? "Incidents unavailable" : model.statusFilterProperty().get() == IncidentListViewModel.StatusFilter.OPEN
                    ? "No open incidents" : "No incidents match");
            text.setText(failed ? error : model.statusFilterProperty().get() == IncidentListViewModel.StatusFilter.OPEN
                    ? "All quiet. When something breaks, declare an incident (Ctrl+N): the timeline starts at once."
                    : "Change the filters above, or declare an incident.");
            icon.setIconCode(failed ? Feather.ALERT_TRIANGLE : Feather.CHECK_CIRCLE);
            retry.setVisible(failed);
            retry.setManaged(failed);
        };
        model.errorProperty().addListener((obs, old, now) -> render.run());
        model.statusFilterProperty().addListener((obs, old, now) -> render.run());
        render.run();
        VBox box = new VBox(10, icon, title, text, retry);
        box.setAlignment(Pos.CENTER);
        box.setId("incident-list-empty");
        box.getStyleClass().add("empty-state");
        box.setMouseTransparent(false);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.visibleRows()));
        box.setPickOnBounds(false);
        return box;
    }
}
