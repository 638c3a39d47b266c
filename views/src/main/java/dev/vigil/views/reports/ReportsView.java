package dev.vigil.views.reports;

import dev.vigil.incidents.Severity;
import dev.vigil.incidents.metrics.DurationStats;
import dev.vigil.incidents.metrics.ReliabilityReport;
import dev.vigil.incidents.metrics.ServiceFigures;
import dev.vigil.incidents.metrics.SeverityFigures;
import dev.vigil.incidents.report.HumanDuration;
import dev.vigil.incidents.report.ReportFormat;
import dev.vigil.views.common.ServiceFilterBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Reports: period and filters, the headline figures, availability per service, response per severity. */
public final class ReportsView extends ScrollPane {

    private final ReportsViewModel model;
    private final HBox kpis = new HBox(12);
    private final TableView<Map.Entry<String, ServiceFigures>> services = new TableView<>();
    private final TableView<Map.Entry<Severity, SeverityFigures>> severities = new TableView<>();

    public ReportsView(ReportsViewModel model) {
        this.model = model;
        setId("reports-view");
        setFitToWidth(true);
        getStyleClass().add("section-scroll");

        Label window = new Label();
        window.setId("report-window");
        window.getStyleClass().add("section-purpose");
        window.textProperty().bind(model.windowTextProperty());
        Label message = new Label();
        message.setId("report-message");
        model.messageProperty().addListener((obs, old, m) -> {
            message.setText(m == null ? "" : m.text());
            message.getStyleClass().removeAll("status-error", "status-ok");
            if (m != null) {
                message.getStyleClass().add(m.error() ? "status-error" : "status-ok");
            }
        });

        buildServicesTable();
        buildSeverityTable();
        Label note = new Label("Definitions follow docs/metrics.md. Durations count incidents detected in the window; "
                + "availability counts every outage-severity incident whose downtime touches it.");
        note.getStyleClass().add("section-purpose");
        note.setWrapText(true);

        VBox page = new VBox(14, toolbar(), new HBox(12, window, message), kpis,
                titled("Availability by service", services), titled("Response by severity", severities), note);
        page.setPadding(new Insets(16, 20, 20, 20));
        setContent(page);

        model.reportProperty().addListener((obs, old, r) -> render(r));
        render(model.reportProperty().get());
        model.refresh();
    }

    private Node toolbar() {
        ToggleGroup group = new ToggleGroup();
        HBox periods = new HBox();
        for (ReportPeriod p : ReportPeriod.values()) {
            ToggleButton b = new ToggleButton(p.label());
            b.setId("period-" + p.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(group);
            b.setSelected(model.periodProperty().get() == p);
            b.getStyleClass().add(p.ordinal() == 0 ? "left-pill" : p.ordinal() == ReportPeriod.values().length - 1 ? "right-pill" : "center-pill");
            b.setOnAction(e -> {
                model.periodProperty().set(p);
                b.setSelected(true);
            });
            periods.getChildren().add(b);
        }
        TextField from = new TextField();
        from.setId("report-from");
        from.setPrefColumnCount(9);
        from.textProperty().bindBidirectional(model.customFromProperty());
        TextField to = new TextField();
        to.setId("report-to");
        to.setPrefColumnCount(9);
        to.textProperty().bindBidirectional(model.customToProperty());
        from.setOnAction(e -> model.refresh());
        to.setOnAction(e -> model.refresh());
        HBox custom = new HBox(6, from, new Label("→"), to);
        custom.setAlignment(Pos.CENTER_LEFT);
        custom.visibleProperty().bind(model.periodProperty().isEqualTo(ReportPeriod.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());

        ServiceFilterBox service = new ServiceFilterBox(model.services(), model.serviceProperty());
        service.setId("report-service");

        HBox sevs = new HBox(4);
        for (Severity s : Severity.values()) {
            ToggleButton b = new ToggleButton(s.name());
            b.setId("report-" + s.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().add("small");
            b.setOnAction(e -> {
                if (b.isSelected()) {
                    model.severities().add(s);
                } else {
                    model.severities().remove(s);
                }
            });
            sevs.getChildren().add(b);
        }

        MenuButton export = new MenuButton("Export", new FontIcon(Feather.DOWNLOAD));
        export.setId("report-export");
        for (ReportFormat f : List.of(ReportFormat.PDF, ReportFormat.CSV, ReportFormat.JSON)) {
            MenuItem item = new MenuItem(f.key().toUpperCase(Locale.ROOT));
            item.setOnAction(e -> chooseAndExport(f));
            export.getItems().add(item);
        }
        ToggleButton drills = new ToggleButton("Drills");
        drills.setId("report-drills");
        drills.getStyleClass().add("small");
        drills.setTooltip(new javafx.scene.control.Tooltip("Count incidents declared during drills (left out by default)"));
        drills.selectedProperty().bindBidirectional(model.includeDrillsProperty());

        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.computingProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, periods, custom, service, sevs, drills, spacer, refresh, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void chooseAndExport(ReportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export reliability report");
        chooser.setInitialFileName(model.suggestedFileName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.key().toUpperCase(Locale.ROOT), "*." + format.key()));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.export(format, file.toPath(), written -> { });
        }
    }

    private void render(ReliabilityReport r) {
        kpis.getChildren().clear();
        if (r == null) {
            Label waiting = new Label("Computing…");
            waiting.getStyleClass().add("section-purpose");
            kpis.getChildren().add(waiting);
            services.getItems().clear();
            severities.getItems().clear();
            return;
        }
        kpis.getChildren().addAll(
                kpi("Incidents", Integer.toString(r.incidents()), "detected in\nthe window", "kpi-incidents", null),
                kpi("MTTD", HumanDuration.seconds(r.mttd().mean()), detail(r.mttd()), "kpi-mttd", null),
                kpi("MTTA", HumanDuration.seconds(r.mtta().mean()), detail(r.mtta()), "kpi-mtta", null),
                kpi("MTTC", HumanDuration.seconds(r.mttc().mean()), detail(r.mttc()), "kpi-mttc", null),
                kpi("MTTR", HumanDuration.seconds(r.mttr().mean()), detail(r.mttr()), "kpi-mttr", null),
                kpi("Response SLA", r.responseSlaCompliance() == null ? "-" : percent(r.responseSlaCompliance()),
                        "met " + r.sla().met() + " · breached " + r.sla().breached() + "\npending " + r.sla().pending(), "kpi-sla",
                        r.responseSlaCompliance() == null ? null : r.responseSlaCompliance() >= 0.95 ? "good" : "bad"));
        services.getItems().setAll(r.services().entrySet());
        severities.getItems().setAll(r.bySeverity().entrySet());
    }

    private static String detail(DurationStats d) {
        return d.n() == 0 ? "no incident had both ends" : "median " + HumanDuration.seconds(d.median()) + " · p90 "
                + HumanDuration.seconds(d.p90()) + "\nmean of " + d.n() + (d.n() == 1 ? " incident" : " incidents");
    }

    private static VBox kpi(String name, String value, String detail, String id, String tone) {
        Label n = new Label(name);
        n.getStyleClass().add("clock-name");
        Label v = new Label(value);
        v.getStyleClass().add("kpi-value");
        v.setId(id);
        Label d = new Label(detail);
        d.getStyleClass().add("clock-detail");
        d.setWrapText(true);
        d.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, n, v, d);
        box.getStyleClass().add("clock-card");
        if (tone != null) {
            box.getStyleClass().add(tone.equals("good") ? "clock-met" : "clock-breached");
        }
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void buildServicesTable() {
        services.setId("report-services");
        services.getStyleClass().add("dense");
        services.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        services.getColumns().setAll(List.of(
                column("Service", Map.Entry::getKey),
                column("Availability", e -> percent(e.getValue().availability())),
                column("Target", e -> percent(e.getValue().availabilityTarget())),
                complianceColumn(),
                column("Downtime", e -> HumanDuration.seconds(e.getValue().downtime())),
                column("Failures", e -> Integer.toString(e.getValue().failures())),
                column("MTBF", e -> HumanDuration.seconds(e.getValue().mtbf())),
                budgetColumn()));
        services.setFixedCellSize(32);
        services.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(services.getItems()).multiply(32).add(40).map(n -> Math.max(n.doubleValue(), 120)));
        services.setPlaceholder(emptyServices());
    }

    /** What a first look at Reports says: where figures come from, and the quickest way to see some. */
    private VBox emptyServices() {
        Label title = new Label("No incidents to report on yet");
        title.getStyleClass().add("empty-title");
        Label text = new Label();
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        text.setMaxWidth(620);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        text.textProperty().bind(model.includeDrillsProperty().map(drills -> drills
                ? "Figures come from incident timelines: declare an incident (Ctrl+N) or run a drill, and this page fills in."
                : "Figures come from incident timelines: declare an incident (Ctrl+N). To try it out, run a drill "
                        + "(Ctrl+K, \"Start drill…\"), then turn on Drills above: drill incidents are left out until you do."));
        VBox box = new VBox(6, title, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }

    private TableColumn<Map.Entry<String, ServiceFigures>, ServiceFigures> complianceColumn() {
        TableColumn<Map.Entry<String, ServiceFigures>, ServiceFigures> c = new TableColumn<>("SLO");
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ServiceFigures f, boolean empty) {
                super.updateItem(f, empty);
                setText(null);
                if (empty || f == null) {
                    setGraphic(null);
                    return;
                }
                Label chip = new Label(f.availabilityCompliant() ? "met" : "missed");
                chip.getStyleClass().addAll("status-pill", f.availabilityCompliant() ? "status-resolved" : "status-investigating");
                setGraphic(chip);
            }
        });
        return c;
    }

    private TableColumn<Map.Entry<String, ServiceFigures>, ServiceFigures> budgetColumn() {
        TableColumn<Map.Entry<String, ServiceFigures>, ServiceFigures> c = new TableColumn<>("Error budget left");
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().getValue()));
        c.setPrefWidth(200);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ServiceFigures f, boolean empty) {
                super.updateItem(f, empty);
                setText(null);
                if (empty || f == null) {
                    setGraphic(null);
                    return;
                }
                ProgressBar bar = new ProgressBar(Math.max(0, Math.min(1, f.errorBudgetRemaining())));
                bar.setPrefWidth(100);
                bar.getStyleClass().add(f.errorBudgetRemaining() < 0 ? "budget-spent" : f.errorBudgetRemaining() < 0.25 ? "budget-low" : "budget-ok");
                Label value = new Label(percent(f.errorBudgetRemaining()));
                HBox box = new HBox(8, bar, value);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
            }
        });
        return c;
    }

    private void buildSeverityTable() {
        severities.setId("report-severities");
        severities.getStyleClass().add("dense");
        severities.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        severities.getColumns().setAll(List.of(
                column("Severity", e -> e.getKey().name()),
                column("Incidents", e -> Integer.toString(e.getValue().incidents())),
                column("MTTA mean", e -> HumanDuration.seconds(e.getValue().mtta().mean())),
                column("MTTA p90", e -> HumanDuration.seconds(e.getValue().mtta().p90())),
                column("MTTR mean", e -> HumanDuration.seconds(e.getValue().mttr().mean())),
                column("MTTR p90", e -> HumanDuration.seconds(e.getValue().mttr().p90()))));
        severities.setFixedCellSize(32);
        severities.setPrefHeight(32 * 4 + 40);
        severities.setPlaceholder(new Label("No incidents in the window"));
    }

    private static <R> TableColumn<R, String> column(String name, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private static VBox titled(String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        return new VBox(8, t, body);
    }

    static String percent(Double ratio) {
        return ratio == null ? "-" : String.format(Locale.ROOT, "%.3f%%", ratio * 100);
    }
}
