package dev.vigil.views.settings;

import dev.vigil.environments.AlertProvider;
import dev.vigil.environments.Environment;
import dev.vigil.environments.Tier;
import dev.vigil.views.common.LabelConverter;
import dev.vigil.views.shell.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Settings: appearance, and the environments of the environments file with a form to edit them. */
public final class SettingsView extends ScrollPane {

    private final SettingsViewModel model;
    private final Map<String, Label> errorLabels = new HashMap<>();
    private final ListView<Environment> list = new ListView<>();

    public SettingsView(SettingsViewModel model, ObjectProperty<Theme> theme, Runnable reload) {
        this.model = model;
        setId("settings-view");
        setFitToWidth(true);
        getStyleClass().add("section-scroll");

        VBox page = new VBox(20, appearance(theme), environments(reload));
        page.getStyleClass().add("page");
        page.setPadding(new Insets(24, 28, 28, 28));
        setContent(page);
    }

    private Node appearance(ObjectProperty<Theme> theme) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton dark = new ToggleButton("Dark", new FontIcon(Feather.MOON));
        ToggleButton light = new ToggleButton("Light", new FontIcon(Feather.SUN));
        dark.setId("theme-dark");
        light.setId("theme-light");
        dark.setToggleGroup(group);
        light.setToggleGroup(group);
        dark.getStyleClass().add("left-pill");
        light.getStyleClass().add("right-pill");
        Runnable sync = () -> (theme.get() == Theme.DARK ? dark : light).setSelected(true);
        theme.addListener((obs, old, now) -> sync.run());
        sync.run();
        dark.setOnAction(e -> theme.set(Theme.DARK));
        light.setOnAction(e -> theme.set(Theme.LIGHT));
        HBox toggle = new HBox(dark, light);
        return card("Appearance", "The console follows this setting on every screen; Ctrl+Shift+L toggles it.", toggle);
    }

    private Node environments(Runnable reload) {
        Label file = new Label(model.environments().file().toString());
        file.getStyleClass().add("mono");
        file.setId("environments-file-path");
        Button reloadButton = new Button("Reload file", new FontIcon(Feather.REFRESH_CW));
        reloadButton.setId("reload-environments");
        reloadButton.setOnAction(e -> reload.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox fileRow = new HBox(10, new Label("File"), file, spacer, reloadButton);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        Label locked = new Label();
        locked.setId("settings-locked");
        locked.getStyleClass().add("inline-warning");
        locked.setWrapText(true);
        locked.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        locked.textProperty().bind(model.lockedReasonProperty());
        locked.visibleProperty().bind(model.lockedReasonProperty().isNotEmpty());
        locked.managedProperty().bind(locked.visibleProperty());

        list.setId("environment-list");
        list.setItems(model.environments().selectable());
        list.setCellFactory(l -> new EnvironmentCell(model));
        list.setPrefWidth(300);
        list.setMinWidth(260);
        list.setPrefHeight(430);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, env) -> {
            if (env != null && env != model.selectedProperty().get()) {
                model.select(env);
            }
        });
        model.selectedProperty().addListener((obs, old, env) -> {
            if (env == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(env);
            }
        });
        list.getSelectionModel().select(model.selectedProperty().get());
        model.environments().activeProperty().addListener((obs, old, env) -> list.refresh());

        Button add = new Button("Add environment", new FontIcon(Feather.PLUS));
        add.setId("add-environment");
        add.setMaxWidth(Double.MAX_VALUE);
        add.disableProperty().bind(model.lockedReasonProperty().isNotEmpty());
        add.setOnAction(e -> model.startNew());
        VBox left = new VBox(10, list, add);

        VBox body = new VBox(16, fileRow, locked, new HBox(20, left, form()));
        HBox.setHgrow(body.getChildren().getLast(), Priority.ALWAYS);
        return card("Environments", "Each environment has its own cluster context, Prometheus, OpenSearch and alerting. "
                + "Production is guarded: red header, typed confirmation before destructive actions.", body);
    }

    private Node form() {
        EnvironmentForm f = model.form();
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints(130);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        Label heading = new Label();
        heading.getStyleClass().add("form-heading");
        heading.setId("form-heading");
        heading.textProperty().bind(model.modeProperty().map(m -> switch (m) {
            case NEW -> "New environment";
            case EDIT -> "Edit environment";
            case VIEW_BUILT_IN -> "Built-in demo environment (read-only)";
        }));
        grid.add(heading, 0, row++, 2, 1);
        row = text(grid, row, "Name", "name", f.name, "e.g. production");
        ComboBox<Tier> tier = new ComboBox<>();
        tier.getItems().setAll(Tier.values());
        tier.valueProperty().bindBidirectional(f.tier);
        tier.setConverter(LabelConverter.of(Tier::key));
        tier.setId("field-tier");
        tier.disableProperty().bind(model.readOnly());
        row = field(grid, row, "Tier", "tier", tier);
        row = text(grid, row, "Kube context", "kubeContext", f.kubeContext, "a context of your kubeconfig");
        row = section(grid, row, "Metrics");
        row = text(grid, row, "Prometheus URL", "prometheus.url", f.prometheusUrl, "https://prometheus.example.com");
        row = text(grid, row, "Credential", "prometheus.credential", f.prometheusCredential, "name of a keychain secret (optional)");
        row = section(grid, row, "Logs");
        row = text(grid, row, "OpenSearch URL", "logs.url", f.logsUrl, "https://opensearch.example.com");
        row = text(grid, row, "Index pattern", "logs.indexPattern", f.logsIndexPattern, "logs-*");
        row = text(grid, row, "Credential", "logs.credential", f.logsCredential, "name of a keychain secret (optional)");
        row = section(grid, row, "Alerting");
        ComboBox<AlertProvider> provider = new ComboBox<>();
        provider.getItems().setAll(AlertProvider.values());
        provider.valueProperty().bindBidirectional(f.alertProvider);
        provider.setConverter(LabelConverter.of(AlertProvider::key));
        provider.setId("field-alerting-provider");
        provider.disableProperty().bind(model.readOnly());
        row = field(grid, row, "Provider", "alerting.provider", provider);
        row = text(grid, row, "URL", "alerting.url", f.alertingUrl, "https://api.opsgenie.com");
        row = text(grid, row, "Credential", "alerting.credential", f.alertingCredential, "name of a keychain secret");
        row = text(grid, row, "Query", "alerting.query", f.alertingQuery, "teams:payments  or  team=\"payments\" (optional)");

        Label services = new Label();
        services.getStyleClass().add("section-purpose");
        services.textProperty().bind(model.selectedProperty().map(e -> e.services().size()
                + " services in the catalogue (names, namespaces, PromQL templates and targets are edited in the file; see docs/configuration.md)"));
        services.setWrapText(true);
        grid.add(services, 0, row++, 2, 1);

        Button save = new Button("Save", new FontIcon(Feather.CHECK));
        save.setId("save-environment");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.readOnly());
        save.setOnAction(e -> model.save());
        Button activate = new Button("Make active", new FontIcon(Feather.ZAP));
        activate.setId("activate-environment");
        activate.disableProperty().bind(model.selectedProperty().isNull()
                .or(model.selectedProperty().isEqualTo(model.environments().activeProperty())));
        activate.setOnAction(e -> model.activate(model.selectedProperty().get()));
        Button remove = new Button("Remove", new FontIcon(Feather.TRASH_2));
        remove.setId("remove-environment");
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(model.readOnly().or(model.modeProperty().isNotEqualTo(SettingsViewModel.Mode.EDIT)));
        remove.setOnAction(e -> confirmRemove());
        HBox buttons = new HBox(10, save, activate, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        grid.add(buttons, 0, row++, 2, 1);
        GridPane.setMargin(buttons, new Insets(12, 0, 0, 0));

        Label status = new Label();
        status.setId("settings-status");
        status.setWrapText(true);
        model.statusProperty().addListener((obs, old, s) -> {
            status.setText(s == null ? "" : s.text());
            status.getStyleClass().removeAll("status-error", "status-ok");
            if (s != null) {
                status.getStyleClass().add(s.error() ? "status-error" : "status-ok");
            }
        });
        grid.add(status, 0, row, 2, 1);

        model.fieldErrors().addListener((MapChangeListener<String, String>) c -> showErrors());
        grid.getStyleClass().add("env-form");
        grid.setMaxWidth(720);
        return grid;
    }

    private int section(GridPane grid, int row, String title) {
        Label label = new Label(title.toUpperCase(Locale.ROOT));
        label.getStyleClass().add("form-section");
        grid.add(label, 0, row, 2, 1);
        GridPane.setMargin(label, new Insets(10, 0, 0, 0));
        return row + 1;
    }

    private int text(GridPane grid, int row, String label, String field, StringProperty property, String prompt) {
        TextField input = new TextField();
        input.setId(nodeId("field-", field));
        input.setPromptText(prompt);
        input.textProperty().bindBidirectional(property);
        input.disableProperty().bind(model.readOnly());
        return field(grid, row, label, field, input);
    }

    private int field(GridPane grid, int row, String label, String field, Node input) {
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        grid.add(l, 0, row);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setId(nodeId("error-", field));
        error.setVisible(false);
        error.setManaged(false);
        error.setWrapText(true);
        errorLabels.put(field, error);
        VBox box = new VBox(3, input, error);
        grid.add(box, 1, row);
        return row + 1;
    }

    /** Field keys are the validator's paths ("prometheus.url"); node ids can't hold dots. */
    static String nodeId(String prefix, String field) {
        return prefix + field.replace('.', '-');
    }

    private void showErrors() {
        errorLabels.forEach((field, label) -> {
            String message = model.fieldErrors().get(field);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
            label.setManaged(message != null);
        });
    }

    private void confirmRemove() {
        Environment env = model.selectedProperty().get();
        if (env == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Remove environment '" + env.name() + "' from " + model.environments().file().getFileName() + "?",
                ButtonType.CANCEL, ButtonType.OK);
        alert.setHeaderText("Remove " + env.name());
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.remove(env));
    }

    private static VBox card(String title, String subtitle, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        Label s = new Label(subtitle);
        s.getStyleClass().add("section-purpose");
        s.setWrapText(true);
        VBox card = new VBox(6, t, s, body);
        VBox.setMargin(body, new Insets(10, 0, 0, 0));
        card.getStyleClass().add("card");
        return card;
    }

    private static final class EnvironmentCell extends ListCell<Environment> {
        private final SettingsViewModel model;

        EnvironmentCell(SettingsViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Environment env, boolean empty) {
            super.updateItem(env, empty);
            if (empty || env == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(env.name(), new FontIcon(env.guarded() ? Feather.SHIELD : Feather.LAYERS));
            name.getStyleClass().add("env-name");
            Label tier = new Label(env.demo() ? "DEMO" : env.tier().key().toUpperCase(Locale.ROOT));
            tier.getStyleClass().addAll("tier-badge", env.guarded() ? "tier-production" : env.demo() ? "tier-demo" : "tier-other");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(8, name, spacer, tier);
            top.setAlignment(Pos.CENTER_LEFT);
            if (env.equals(model.environments().active())) {
                Label active = new Label("active");
                active.getStyleClass().add("active-pill");
                top.getChildren().add(1, active);
            }
            Label detail = new Label(summary(env));
            detail.getStyleClass().add("section-purpose");
            setGraphic(new VBox(3, top, detail));
            setText(null);
        }

        private static String summary(Environment env) {
            if (env.demo()) {
                return "Built in · " + env.services().size() + " simulated services";
            }
            StringBuilder b = new StringBuilder();
            b.append(env.kubeContext() == null ? "no cluster" : env.kubeContext());
            b.append(env.prometheus() == null ? " · no metrics" : " · metrics");
            b.append(env.logs() == null ? " · no logs" : " · logs");
            b.append(env.alerting().provider() == AlertProvider.NONE ? "" : " · " + env.alerting().provider().key());
            return b.toString();
        }
    }
}
