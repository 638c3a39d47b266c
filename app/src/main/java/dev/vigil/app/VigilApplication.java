package dev.vigil.app;

import dev.vigil.environments.Environment;
import dev.vigil.environments.VigilDirs;
import dev.vigil.views.common.UiFirst;
import dev.vigil.views.shell.Section;
import dev.vigil.views.shell.UiPreferences;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/** The JavaFX application: one window holding the console. */
public final class VigilApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(VigilApplication.class);

    private static volatile Launcher.LaunchConfig config;
    private static volatile int exitCode;

    private Console console;
    private Stage stage;

    static void prepare(Launcher.LaunchConfig launchConfig) {
        config = launchConfig;
        exitCode = 0;
    }

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        UiFirst.start();
        UiPreferences prefs = config.prefs();
        console = new Console(config.environmentsFile(), config.loaded(), prefs, config.dirs(), Clock.systemUTC());
        config.drill().ifPresent(d -> console.startDrill(d.scenario(), d.speed()));
        config.incident().ifPresent(id -> {
            console.shell().select(dev.vigil.views.shell.Section.INCIDENTS);
            console.incidents().openIncident(id);
        });
        Scene scene = new Scene(console.view(), prefs.width(), prefs.height());
        stage.setScene(scene);
        console.selfMetrics().ifPresent(m -> m.watchPulses(scene));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.titleProperty().bind(console.shell().environments().activeProperty().map(VigilApplication::title));
        if (prefs.hasPosition() && config.screenshot().isEmpty()) {
            stage.setX(prefs.x());
            stage.setY(prefs.y());
        }
        stage.setMaximized(prefs.maximized() && config.screenshot().isEmpty());
        stage.show();
        LOG.info("console open on environment {} ({} problems in {})", console.shell().environments().active().name(),
                config.loaded().problems().size(), config.environmentsFile());
        config.screenshot().ifPresent(this::captureAfterFirstFrames);
    }

    static String title(Environment env) {
        return "Vigil · " + env.name() + (env.demo() ? " (demo — simulated)" : " (" + env.tier().key() + ")");
    }

    private void captureAfterFirstFrames(Path out) {
        // Let layout, CSS and the first health reports settle before taking the picture.
        // The Cluster section lists pods from the API server first: give it a moment longer.
        boolean cluster = console.shell().sectionProperty().get() == Section.CLUSTER;
        PauseTransition settle = new PauseTransition(Duration.millis(cluster ? 3500 : 1500));
        settle.setOnFinished(e -> {
            WritableImage image = stage.getScene().snapshot(null);
            BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
            console.io().submit(() -> {
                try {
                    if (out.getParent() != null) {
                        Files.createDirectories(out.getParent());
                    }
                    ImageIO.write(buffered, "png", out.toFile());
                } catch (IOException ex) {
                    System.err.println("vigil screenshot: could not write " + out + ": " + ex.getMessage());
                    exitCode = 1;
                }
                Platform.runLater(Platform::exit);
            });
        });
        settle.play();
    }

    @Override
    public void stop() {
        if (console == null) {
            return;
        }
        if (config.screenshot().isEmpty() && stage != null) {
            UiPreferences prefs = new UiPreferences(console.shell().themeProperty().get(),
                    console.shell().sectionProperty().get(), console.shell().environments().active().name(),
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
            // The file is tiny, but the rule holds: no I/O on the FX thread. Wait briefly so it lands before exit.
            var saved = console.io().submit(() -> {
                config.prefsFile().save(prefs);
                return null;
            });
            try {
                saved.get(2, TimeUnit.SECONDS);
            } catch (Exception ex) {
                LOG.warn("could not save window state", ex);
            }
        }
        console.close();
    }
}
