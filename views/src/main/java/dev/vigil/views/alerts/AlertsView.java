package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.AlertAction;
import dev.vigil.connectors.alerting.AlertFeedState;
import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.views.common.LabelConverter;
import dev.vigil.views.common.ServiceFilterBox;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * The Alerts section: the feed's state, counts by status, filters and the alert list, with the
 * selected alert beside it. Keyboard first: {@code /} filter, {@code a} acknowledge, {@code c}
 * close, Enter to the alert's actions, Esc back to the list.
 */
public final class AlertsView extends BorderPane {

    private final AlertsViewModel model;
    private final AlertActionsViewModel actions;
    private final AlertTable table;
    private final TextField search = new TextField();
    private final AlertDetailPane detailPane;
    private final SplitPane split = new SplitPane();

    /** @param openInVigil opens a {@code vigil:SECTION/...} link of an alert (the pod in Cluster, the tile in Metrics) */
    public AlertsView(AlertsViewModel model, AlertDetailViewModel detail, AlertActionsViewModel actions, Consumer<String> openInVigil) {
        this.model = Objects.requireNonNull(model);
        this.actions = Objects.requireNonNull(actions);
        setId("alerts-view");
        getStyleClass().add("alerts-view");
        getStylesheets().add(Objects.requireNonNull(AlertsView.class.getResource("alerts.css")).toExternalForm());

        table = new AlertTable(model.nowProperty());
        table.setItems(model.alerts());
        model.alerts().comparatorProperty().bind(Bindings.createObjectBinding(
                () -> table.getComparator() == null ? AlertsViewModel.DEFAULT_ORDER : table.getComparator(), table.comparatorProperty()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                model.selectedIdProperty().set(row.id());
            }
        });
        detailPane = new AlertDetailPane(model, detail, actions, openInVigil);
        model.selectedProperty().addListener((o, a, alert) -> showDetail(alert != null));

        split.getItems().add(table);
        StackPane center = new StackPane(split, emptyState());
        VBox top = new VBox(feedBar(), summaryStrip(), filterBar(), problemBanner());
        setTop(top);
        setCenter(center);
        installKeys();
    }

    private void showDetail(boolean show) {
        if (show && !split.getItems().contains(detailPane)) {
            split.getItems().add(detailPane);
            split.setDividerPositions(0.58);
        } else if (!show) {
            split.getItems().remove(detailPane);
        }
    }

    private HBox feedBar() {
        Label state = new Label();
        state.setId("alerts-state");
        state.getStyleClass().add("live-state");
        state.setGraphic(new FontIcon(Feather.CIRCLE));
        state.textProperty().bind(Bindings.createStringBinding(() -> stateText(model.feedProperty().get()),
                model.feedProperty(), model.problemProperty(), model.configuredProperty()));
        Runnable restyle = () -> {
            state.getStyleClass().removeAll("state-ok", "state-warn", "state-down", "state-idle");
            AlertFeedState f = model.feedProperty().get();
            state.getStyleClass().add(!model.problemProperty().get().isEmpty() ? "state-down"
                    : f == null ? "state-idle" : switch (f.kind()) {
                        case LIVE -> "state-ok";
                        case CONNECTING, RATE_LIMITED -> "state-warn";
                        default -> "state-down";
                    });
        };
        model.feedProperty().addListener((o, a, b) -> restyle.run());
        model.problemProperty().addListener((o, a, b) -> restyle.run());
        restyle.run();
        Label source = new Label();
        source.setId("alerts-source");
        source.getStyleClass().add("muted");
        source.textProperty().bind(model.sourceProperty().map(s -> "from " + s.name()).orElse(""));
        Label updated = new Label();
        updated.getStyleClass().add("muted");
        updated.textProperty().bind(Bindings.createStringBinding(() -> {
            AlertFeedState f = model.feedProperty().get();
            if (f == null || f.nextPollAt() == null || model.nowProperty().get() == null) {
                return "";
            }
            long s = Math.max(0, java.time.Duration.between(model.nowProperty().get(), f.nextPollAt()).toSeconds());
            return f.kind().failing() ? "retrying in " + s + " s" : "next update in " + s + " s";
        }, model.feedProperty(), model.nowProperty()));
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("alerts-refresh");
        refresh.getStyleClass().add("flat");
        refresh.setTooltip(new Tooltip("Fetch the alerts now"));
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.sourceProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, state, source, spacer, updated, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("alerts-feed-bar");
        return bar;
    }

    private String stateText(AlertFeedState f) {
        if (!model.configuredProperty().get()) {
            return "No alerting";
        }
        if (f == null) {
            return model.problemProperty().get().isEmpty() ? "Connecting" : "Not connected";
        }
        return switch (f.kind()) {
            case CONNECTING -> "Connecting";
            case LIVE -> "Live";
            case RATE_LIMITED -> "Rate-limited";
            case UNAUTHORIZED -> "Unauthorized";
            case FORBIDDEN -> "Forbidden";
            case UNREACHABLE -> "Unreachable";
            case FAILING -> "Failing";
        };
    }

    private HBox summaryStrip() {
        HBox strip = new HBox(8,
                chip("alerts-count-open", "Unacknowledged", AlertCounts::open, StatusFilter.UNACKNOWLEDGED, "chip-open"),
                chip("alerts-count-acknowledged", "Acknowledged", AlertCounts::acknowledged, StatusFilter.ACKNOWLEDGED, "chip-acked"),
                chip("alerts-count-snoozed", "Snoozed", AlertCounts::snoozed, StatusFilter.SNOOZED, "chip-snoozed"),
                chip("alerts-count-closed", "Closed", AlertCounts::closed, StatusFilter.CLOSED, "chip-closed"));
        strip.getStyleClass().add("alerts-summary");
        strip.setAlignment(Pos.CENTER_LEFT);
        return strip;
    }

    private Button chip(String id, String caption, ToIntFunction<AlertCounts> figure, StatusFilter filter, String style) {
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("chip-value");
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        value.textProperty().bind(model.countsProperty().map(c -> n.format(figure.applyAsInt(c))));
        Label text = new Label(caption);
        text.getStyleClass().add("chip-caption");
        Button chip = new Button(null, new VBox(0, value, text));
        chip.getStyleClass().addAll("summary-chip", style);
        chip.setFocusTraversable(false);
        // A chip is a shortcut for its status filter; clicking it again goes back to the open alerts.
        chip.setOnAction(e -> model.statusFilterProperty().set(model.statusFilterProperty().get() == filter ? StatusFilter.OPEN : filter));
        model.statusFilterProperty().addListener((o, a, f) -> chip.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("chosen"), f == filter));
        return chip;
    }

    private HBox filterBar() {
        search.setId("alerts-search");
        search.setPromptText("Filter  ( / )   title, service, label or tag — every word must match");
        search.textProperty().bindBidirectional(model.textProperty());
        search.getStyleClass().add("alerts-search");
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<StatusFilter> status = new ComboBox<>();
        status.setId("alerts-status-filter");
        status.getItems().setAll(StatusFilter.values());
        status.setConverter(LabelConverter.of(s -> s == null ? "" : s.title()));
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        ComboBox<AlertPriority> priority = new ComboBox<>();
        priority.setId("alerts-priority-filter");
        priority.getItems().add(null);
        priority.getItems().addAll(Arrays.asList(AlertPriority.values()).subList(0, 4));
        priority.setConverter(LabelConverter.of(p -> p == null ? "All priorities" : p == AlertPriority.P1 ? "P1 only" : "P1–" + p.name()));
        priority.setPromptText("All priorities");
        priority.valueProperty().bindBidirectional(model.priorityFilterProperty());
        ServiceFilterBox service = new ServiceFilterBox(model.services(), model.serviceFilterProperty());
        service.setId("alerts-service-filter");
        Label shown = new Label();
        shown.setId("alerts-shown");
        shown.getStyleClass().add("muted");
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        shown.textProperty().bind(Bindings.createStringBinding(() -> n.format(model.alerts().size()) + " of "
                + n.format(model.allAlerts().size()) + " alerts", model.alerts(), model.allAlerts()));
        shown.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, new FontIcon(Feather.SEARCH), search, status, priority, service, shown);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("alerts-filter-bar");
        return bar;
    }

    private HBox problemBanner() {
        Label text = new Label();
        text.setId("alerts-problem");
        text.setWrapText(true);
        text.textProperty().bind(model.problemProperty());
        Label hint = new Label();
        hint.getStyleClass().add("muted");
        hint.textProperty().bind(Bindings.createStringBinding(() -> model.sourceProperty().get() == null
                        ? "Fix it in Settings (Ctrl+7) or the environments file, then reload the file."
                        : model.loadedProperty().get() ? "The list shows the last alerts fetched; Vigil retries by itself."
                        : "Vigil retries by itself.",
                model.sourceProperty(), model.loadedProperty()));
        VBox words = new VBox(2, text, hint);
        HBox banner = new HBox(10, new FontIcon(Feather.ALERT_TRIANGLE), words);
        banner.getStyleClass().add("alerts-problem");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(model.problemProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private VBox emptyState() {
        FontIcon icon = new FontIcon(Feather.BELL_OFF);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label();
        title.setId("alerts-empty-title");
        title.getStyleClass().add("empty-title");
        Label text = new Label();
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> !model.configuredProperty().get()
                        ? "No alerting provider for this environment"
                        : !model.loadedProperty().get() && !model.problemProperty().get().isEmpty() ? "No alerts fetched yet"
                        : !model.loadedProperty().get() ? "Fetching alerts…"
                        : model.allAlerts().isEmpty() ? "Nothing is alerting" : "No alert matches the filter",
                model.configuredProperty(), model.loadedProperty(), model.allAlerts(), model.problemProperty()));
        text.textProperty().bind(Bindings.createStringBinding(() -> !model.configuredProperty().get()
                        ? "Name one under alerting: in Settings (Ctrl+7) — Opsgenie, JSM Ops or Alertmanager — and its alerts appear here."
                        : !model.loadedProperty().get() && !model.problemProperty().get().isEmpty() ? "The banner above says why."
                        : model.allAlerts().isEmpty() ? "" : "Clear the filter or pick another status to see the other alerts.",
                model.configuredProperty(), model.allAlerts(), model.loadedProperty(), model.problemProperty()));
        VBox box = new VBox(8, icon, title, text);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(460);
        box.getStyleClass().add("empty-state");
        box.setMouseTransparent(true);
        box.visibleProperty().bind(Bindings.isEmpty(model.alerts()));
        return box;
    }

    private void installKeys() {
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
                detailPane.focusActions();
                e.consume();
            }
        });
        search.setOnAction(e -> {
            table.requestFocus();
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl) {
                return;
            }
            switch (e.getCharacter()) {
                case "/" -> {
                    search.requestFocus();
                    search.selectAll();
                    e.consume();
                }
                case "a" -> {
                    actions.request(AlertAction.ACKNOWLEDGE);
                    e.consume();
                }
                case "c" -> {
                    actions.request(AlertAction.CLOSE);
                    e.consume();
                }
                default -> { }
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ESCAPE) {
                return;
            }
            if (actions.confirmation().pendingProperty().get() != null) {
                actions.cancel();
                table.requestFocus();
                e.consume();
            } else if (getScene() != null && getScene().getFocusOwner() != table) {
                table.requestFocus();
                e.consume();
            }
        });
    }
}
