package dev.vigil.views.shell;

import dev.vigil.environments.ConfigProblem;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The main window's content: sidebar, header, the current section, status bar, and the palette and
 * shortcuts overlays above them. Sections are built on first visit and kept.
 */
public final class ShellView extends StackPane {

    public static final String[] STYLESHEETS = {
        "/dev/vigil/views/theme/controlsfx-bridge.css",
        "/dev/vigil/views/theme/vigil.css",
    };

    private final ShellViewModel model;
    private final Function<Section, Node> sectionViews;
    private final Map<Section, Node> built = new EnumMap<>(Section.class);
    private final StackPane content = new StackPane();
    private final VBox banner = new VBox();
    private final VBox strips = new VBox();
    private final CommandPaletteView palette;
    private final ShortcutsOverlay shortcuts;

    public ShellView(ShellViewModel model, Function<Section, Node> sectionViews, Clock clock) {
        this.model = Objects.requireNonNull(model);
        this.sectionViews = Objects.requireNonNull(sectionViews);
        setId("shell");
        getStyleClass().add("shell");
        for (String sheet : STYLESHEETS) {
            getStylesheets().add(Objects.requireNonNull(ShellView.class.getResource(sheet), sheet).toExternalForm());
        }

        content.getStyleClass().add("section-content");
        content.setId("section-content");
        banner.setId("config-banner");
        VBox center = new VBox(new HeaderBar(model), strips, banner, content);
        VBox.setVgrow(content, Priority.ALWAYS);

        BorderPane frame = new BorderPane();
        frame.setLeft(new Sidebar(model));
        frame.setCenter(center);
        frame.setBottom(new StatusBar(model, clock));

        palette = new CommandPaletteView(model);
        shortcuts = new ShortcutsOverlay(model);
        palette.setVisible(false);
        shortcuts.setVisible(false);
        getChildren().addAll(frame, palette, shortcuts);

        model.sectionProperty().addListener((obs, old, now) -> show(now));
        show(model.sectionProperty().get());
        model.paletteOpenProperty().addListener((obs, old, open) -> {
            palette.setVisible(open);
            if (open) {
                palette.reset();
            } else {
                content.requestFocus();
            }
        });
        model.helpOpenProperty().addListener((obs, old, open) -> shortcuts.setVisible(open));
        model.themeProperty().addListener((obs, old, theme) -> applyTheme(theme));
        applyTheme(model.themeProperty().get());
        model.environments().problems().addListener((ListChangeListener<ConfigProblem>) c -> renderBanner());
        renderBanner();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    /** A strip under the header that a feature shows while it matters (the running drill's, say). */
    public void addStrip(Node strip) {
        strips.getChildren().add(strip);
    }

    /** An overlay above everything, shown and hidden by its own visibility (dialogs, debriefs). */
    public void addOverlay(Node overlay) {
        getChildren().add(overlay);
    }

    private void show(Section section) {
        Node view = built.computeIfAbsent(section, sectionViews);
        content.getChildren().setAll(view);
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        getStyleClass().removeAll("theme-dark", "theme-light");
        getStyleClass().add("theme-" + theme.id());
    }

    private void renderBanner() {
        banner.getChildren().clear();
        var problems = model.environments().problems();
        if (problems.isEmpty()) {
            return;
        }
        Label title = new Label("The environments file has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + ": the console opened with what could be read.", new FontIcon(Feather.ALERT_TRIANGLE));
        title.getStyleClass().add("banner-title");
        Label details = new Label(problems.stream().limit(5).map(ConfigProblem::toString).collect(Collectors.joining("\n"))
                + (problems.size() > 5 ? "\n… and " + (problems.size() - 5) + " more" : ""));
        details.getStyleClass().add("banner-details");
        details.setId("config-banner-details");
        details.setWrapText(true);
        Button open = new Button("Open Settings");
        open.setOnAction(e -> model.select(Section.SETTINGS));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(12, title, spacer, open);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, details);
        box.getStyleClass().add("config-banner");
        banner.getChildren().add(box);
    }

    private void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.K) {
                model.openPalette();
                e.consume();
            } else if (e.isShortcutDown() && e.isShiftDown() && e.getCode() == KeyCode.L) {
                model.toggleTheme();
                e.consume();
            } else if (e.isShortcutDown() && !e.isShiftDown()) {
                for (Section s : Section.values()) {
                    if (e.getCode() == s.key()) {
                        model.select(s);
                        e.consume();
                    }
                }
            } else if (e.getCode() == KeyCode.ESCAPE && (model.paletteOpenProperty().get() || model.helpOpenProperty().get())) {
                model.closeOverlays();
                e.consume();
            }
        });
        // "?" is a typed character: only a shortcut when not typing into a field.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                model.toggleHelp();
                e.consume();
            }
        });
    }
}
