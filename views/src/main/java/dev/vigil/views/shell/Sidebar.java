package dev.vigil.views.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;

/** The navigation column: brand, one entry per section, and the theme and help buttons at the foot. */
final class Sidebar extends VBox {

    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);

    Sidebar(ShellViewModel model) {
        getStyleClass().add("sidebar");
        setId("sidebar");

        FontIcon logo = new FontIcon(Feather.EYE);
        logo.getStyleClass().add("brand-icon");
        Label brand = new Label("Vigil", logo);
        brand.getStyleClass().add("brand");
        getChildren().add(brand);

        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            if (section == Section.SETTINGS) {
                continue;
            }
            getChildren().add(withBadge(navButton(section, group, model), model.badgeProperty(section)));
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        getChildren().add(spacer);
        getChildren().add(navButton(Section.SETTINGS, group, model));

        Button theme = new Button();
        theme.getStyleClass().addAll("sidebar-action");
        theme.setId("theme-toggle");
        theme.graphicProperty().bind(model.themeProperty().map(t -> new FontIcon(t == Theme.DARK ? Feather.SUN : Feather.MOON)));
        theme.setOnAction(e -> model.toggleTheme());
        theme.setTooltip(new Tooltip("Switch between dark and light (Ctrl+Shift+L)"));

        Button help = new Button(null, new FontIcon(Feather.HELP_CIRCLE));
        help.getStyleClass().add("sidebar-action");
        help.setId("help-button");
        help.setOnAction(e -> model.toggleHelp());
        help.setTooltip(new Tooltip("Keyboard shortcuts (?)"));

        Button palette = new Button(null, new FontIcon(Feather.COMMAND));
        palette.getStyleClass().add("sidebar-action");
        palette.setId("sidebar-palette");
        palette.setOnAction(e -> model.openPalette());
        palette.setTooltip(new Tooltip("Command palette (Ctrl+K)"));

        Label version = new Label(versionText());
        version.getStyleClass().add("sidebar-version");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox foot = new HBox(2, theme, palette, help, gap, version);
        foot.getStyleClass().add("sidebar-foot");
        foot.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(foot);

        model.sectionProperty().addListener((obs, old, now) -> buttons.get(now).setSelected(true));
        buttons.get(model.sectionProperty().get()).setSelected(true);
        // A selected entry stays selected when clicked again: sections are not toggles.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
    }

    private static String versionText() {
        String v = Sidebar.class.getPackage().getImplementationVersion();
        return v == null ? "dev build" : "v" + v.replace("-SNAPSHOT", " dev");
    }

    /** The entry with its count on the right (hidden at 0), e.g. the open unacknowledged alerts. */
    private static javafx.scene.Node withBadge(ToggleButton button, javafx.beans.property.IntegerProperty count) {
        Label badge = new Label();
        badge.setId(button.getId() + "-badge");
        badge.getStyleClass().add("nav-badge");
        badge.textProperty().bind(count.map(n -> n.intValue() > 99 ? "99+" : String.valueOf(n.intValue())));
        badge.visibleProperty().bind(count.greaterThan(0));
        badge.setMouseTransparent(true);
        javafx.scene.layout.StackPane entry = new javafx.scene.layout.StackPane(button, badge);
        javafx.scene.layout.StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
        javafx.scene.layout.StackPane.setMargin(badge, new javafx.geometry.Insets(0, 10, 0, 0));
        count.addListener((o, a, n) -> button.setAccessibleHelp(n.intValue() > 0 ? n + " need attention" : null));
        return entry;
    }

    private ToggleButton navButton(Section section, ToggleGroup group, ShellViewModel model) {
        ToggleButton button = new ToggleButton(section.title(), new FontIcon(section.icon()));
        button.setToggleGroup(group);
        button.getStyleClass().add("nav-item");
        button.setId("nav-" + section.id());
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setTooltip(new Tooltip(section.purpose() + "  (Ctrl+" + (section.ordinal() + 1) + ")"));
        button.setOnAction(e -> model.select(section));
        buttons.put(section, button);
        return button;
    }
}
