package dev.vigil.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged console under Xvfb, as {@code ./vigil screenshot} runs it: a real window, a real
 * PNG of it. Runs after {@code package} (failsafe), on the built jar.
 */
class ScreenshotIT {

    @TempDir
    Path home;

    @Test
    void screenshotOfTheSettingsViewIsAWindowSizedPictureWithContent() throws Exception {
        Path out = home.resolve("settings.png");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(List.of("xvfb-run", "-a", "-s", "-screen 0 1920x1200x24",
                java, "--enable-native-access=ALL-UNNAMED", "-jar", new File("target/vigil-app.jar").getAbsolutePath(),
                "screenshot", "--view", "settings", out.toString()));
        pb.environment().put("VIGIL_HOME", home.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(home.resolve("run.log").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("screenshot finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(home.resolve("run.log"))).isZero();

        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1440);
        assertThat(image.getHeight()).isEqualTo(900);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        // A blank or single-colour window would be a broken render.
        assertThat(colours.size()).isGreaterThan(20);
    }
}
