package dev.vigil.views.shell;

import dev.vigil.connectors.health.ConnectorHealth;
import dev.vigil.views.common.Ticker;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The bar along the bottom: one health dot per connector of the environment (tooltip: the last
 * check and its error), the environments file's problems, and a UTC clock (timelines are in UTC).
 */
final class StatusBar extends HBox {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final HBox dots = new HBox(14);

    StatusBar(ShellViewModel model, Clock clock) {
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        dots.setAlignment(Pos.CENTER_LEFT);
        dots.setId("health-dots");

        Hyperlink problems = new Hyperlink();
        problems.setId("config-problems-link");
        problems.getStyleClass().add("problems-link");
        problems.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        problems.setOnAction(e -> model.select(Section.SETTINGS));
        Runnable showProblems = () -> {
            int n = model.environments().problems().size();
            problems.setVisible(n > 0);
            problems.setManaged(n > 0);
            problems.setText(n + (n == 1 ? " problem" : " problems") + " in " + model.environments().file().getFileName());
        };
        model.environments().problems().addListener((ListChangeListener<Object>) c -> showProblems.run());
        showProblems.run();

        Label time = new Label();
        time.getStyleClass().add("status-clock");
        time.setId("status-clock");
        Runnable tick = () -> time.setText(UTC.format(clock.instant()));
        tick.run();
        Ticker.whileShowing(this, java.time.Duration.ofSeconds(1), tick);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(dots, spacer, problems, time);

        model.health().addListener((ListChangeListener<ConnectorHealth>) c -> render(model));
        render(model);
    }

    private void render(ShellViewModel model) {
        dots.getChildren().clear();
        if (model.health().isEmpty()) {
            Label none = new Label("No connectors configured for " + model.environments().active().name());
            none.getStyleClass().add("status-muted");
            dots.getChildren().add(none);
            return;
        }
        for (ConnectorHealth h : model.health()) {
            Circle dot = new Circle(4.5);
            String state = h.state().name().toLowerCase(Locale.ROOT);
            dot.getStyleClass().addAll("health-dot", "health-" + state);
            Label label = new Label(h.connector(), dot);
            label.setId("health-" + h.connector().toLowerCase(Locale.ROOT));
            label.getStyleClass().add("health-label");
            label.setGraphicTextGap(6);
            String checked = h.checkedAt() == null ? "not checked yet" : "checked " + UTC.format(h.checkedAt());
            Tooltip tip = new Tooltip(h.connector() + " — " + state + "\n" + h.target() + "\n" + h.detail() + "\n" + checked);
            tip.setShowDelay(Duration.millis(250));
            label.setTooltip(tip);
            dots.getChildren().add(label);
        }
    }
}
