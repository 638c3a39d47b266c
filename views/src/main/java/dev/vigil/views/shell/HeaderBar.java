package dev.vigil.views.shell;

import dev.vigil.environments.Environment;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bar across the top: the section's title, the palette button and the environment switcher.
 * In a production environment the whole bar turns red so nobody forgets where they are.
 */
final class HeaderBar extends HBox {

    private final ShellViewModel model;
    private final MenuButton switcher = new MenuButton();
    private final Label tierBadge = new Label();

    HeaderBar(ShellViewModel model) {
        this.model = model;
        getStyleClass().add("header-bar");
        setId("header");
        setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setId("section-title");
        title.textProperty().bind(model.sectionProperty().map(Section::title));
        Label purpose = new Label();
        purpose.getStyleClass().add("section-purpose");
        purpose.textProperty().bind(model.sectionProperty().map(Section::purpose));
        VBox titles = new VBox(0, title, purpose);
        titles.setAlignment(Pos.CENTER_LEFT);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label hint = new Label("Ctrl+K");
        hint.getStyleClass().add("kbd");
        Button palette = new Button("Search or run a command", new FontIcon(Feather.SEARCH));
        palette.getStyleClass().add("palette-button");
        palette.setId("palette-button");
        palette.setGraphicTextGap(8);
        palette.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
        HBox paletteBox = new HBox(8, palette, hint);
        paletteBox.setAlignment(Pos.CENTER_LEFT);
        paletteBox.getStyleClass().add("palette-box");
        paletteBox.setOnMouseClicked(e -> model.openPalette());
        palette.setOnAction(e -> model.openPalette());

        tierBadge.getStyleClass().add("tier-badge");
        tierBadge.setId("tier-badge");
        switcher.getStyleClass().add("env-switcher");
        switcher.setId("env-switcher");
        switcher.setTooltip(new Tooltip("Switch environment"));
        switcher.setOnShowing(e -> fillMenu());

        HBox envBox = new HBox(8, tierBadge, switcher);
        envBox.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(titles, spacer, paletteBox, envBox);

        model.environments().activeProperty().addListener((obs, old, env) -> showEnvironment(env));
        showEnvironment(model.environments().active());
    }

    private void fillMenu() {
        switcher.getItems().clear();
        for (Environment env : model.environments().selectable()) {
            MenuItem item = new MenuItem(env.name() + "  ·  " + tierText(env));
            item.setId("env-item-" + env.name());
            if (env.equals(model.environments().active())) {
                item.setGraphic(new FontIcon(Feather.CHECK));
            }
            item.setOnAction(e -> model.switchEnvironment(env.name()));
            switcher.getItems().add(item);
        }
    }

    private void showEnvironment(Environment env) {
        switcher.setText(env.name());
        switcher.setGraphic(new FontIcon(env.guarded() ? Feather.SHIELD : Feather.LAYERS));
        tierBadge.setText(tierText(env).toUpperCase(java.util.Locale.ROOT));
        getStyleClass().removeAll("production", "demo");
        tierBadge.getStyleClass().removeAll("tier-production", "tier-demo", "tier-other");
        if (env.guarded()) {
            getStyleClass().add("production");
            tierBadge.getStyleClass().add("tier-production");
        } else if (env.demo()) {
            getStyleClass().add("demo");
            tierBadge.getStyleClass().add("tier-demo");
        } else {
            tierBadge.getStyleClass().add("tier-other");
        }
    }

    static String tierText(Environment env) {
        return env.demo() ? "Demo — simulated" : env.tier().key();
    }
}
