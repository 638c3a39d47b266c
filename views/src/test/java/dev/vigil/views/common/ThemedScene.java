package dev.vigil.views.common;

import dev.vigil.views.shell.ShellView;
import dev.vigil.views.shell.Theme;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Objects;

/** Shows a view in a test's stage with the window's stylesheets and the dark theme, as the console would. For view tests. */
public final class ThemedScene {

    private ThemedScene() {
    }

    public static void show(Stage stage, Parent view, double width, double height) {
        Scene scene = new Scene(view, width, height);
        for (String sheet : ShellView.STYLESHEETS) {
            scene.getStylesheets().add(Objects.requireNonNull(ShellView.class.getResource(sheet)).toExternalForm());
        }
        Application.setUserAgentStylesheet(Theme.DARK.userAgentStylesheet());
        stage.setScene(scene);
        stage.show();
    }
}
