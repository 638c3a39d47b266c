package dev.vigil.app;

import dev.vigil.environments.EnvironmentsFile;
import dev.vigil.environments.VigilDirs;
import dev.vigil.views.shell.Section;
import dev.vigil.views.shell.UiPreferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** No environments file at all: the console opens on the built-in demo and every section opens. */
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {

    private Console console;

    @Start
    void start(Stage stage) throws IOException {
        Path file = Files.createTempDirectory("vigil-first-run").resolve("environments.yaml");
        console = new Console(file, EnvironmentsFile.load(file), UiPreferences.DEFAULTS, VigilDirs.under(file.getParent()), Clock.systemUTC());
        stage.setScene(new Scene(console.view(), 1000, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        // On the FX thread, as the application's stop() closes it: the sections' models belong to it.
        WaitForAsyncUtils.asyncFx(console::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void opensOnTheDemoEnvironmentLabelledAsSimulated(FxRobot robot) {
        assertThat(console.shell().environments().active().demo()).isTrue();
        assertThat(robot.lookup("#tier-badge").queryLabeled().getText()).isEqualTo("DEMO — SIMULATED");
        assertThat(robot.lookup("#config-banner-details").tryQuery()).isEmpty();
    }

    @Test
    void everySectionOpens(FxRobot robot) {
        for (Section section : Section.values()) {
            robot.clickOn("#nav-" + section.id());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#" + section.id() + "-view").tryQuery()).as(section.title()).isPresent();
        }
    }

    @Test
    void thePaletteOffersTheDemoEnvironmentAndEverySection(FxRobot robot) {
        assertThat(console.shell().search("")).extracting(c -> c.title())
                .contains("Go to Incidents", "Go to Settings", "Switch environment: demo (demo)", "Reload environments file");
    }
}
