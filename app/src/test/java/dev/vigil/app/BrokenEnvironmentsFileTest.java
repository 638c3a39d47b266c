package dev.vigil.app;

import dev.vigil.environments.EnvironmentsFile;
import dev.vigil.environments.VigilDirs;
import dev.vigil.environments.LoadResult;
import dev.vigil.views.shell.UiPreferences;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** A broken environments file: the console opens anyway, names the file and line, and keeps what it could read. */
@ExtendWith(ApplicationExtension.class)
class BrokenEnvironmentsFileTest {

    private Console console;
    private Path file;
    private String original;

    @Start
    void start(Stage stage) throws IOException {
        file = Files.createTempDirectory("vigil-broken").resolve("environments.yaml");
        original = """
                environments:
                  - name: qa
                    tier: qa
                    prometheus: {url: "http://127.0.0.1:9"}
                  - name: production
                    tier: production
                    promethues: {url: "http://127.0.0.1:9"}
                """;
        Files.writeString(file, original);
        LoadResult loaded = EnvironmentsFile.load(file);
        console = new Console(file, loaded, UiPreferences.DEFAULTS, VigilDirs.under(file.getParent()), Clock.systemUTC());
        stage.setScene(new Scene(console.view(), 1000, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        // On the FX thread, as the application's stop() closes it: the sections' models belong to it.
        WaitForAsyncUtils.asyncFx(console::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theConsoleOpensWithABannerNamingTheFileAndLine(FxRobot robot) {
        Label details = robot.lookup("#config-banner-details").queryAs(Label.class);
        assertThat(details.getText()).contains("environments.yaml:7:").contains("promethues");
        assertThat(robot.lookup("#config-problems-link").queryLabeled().isVisible()).isTrue();
    }

    @Test
    void theGoodEnvironmentsOfTheFileAreStillOffered(FxRobot robot) {
        assertThat(console.shell().environments().find("qa")).isPresent();
        assertThat(console.shell().environments().find("demo")).isPresent();
    }

    @Test
    void theBrokenFileIsLeftAsItWas(FxRobot robot) throws IOException {
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#save-environment").query().isDisabled()).isTrue();
        assertThat(Files.readString(file)).isEqualTo(original);
    }
}
