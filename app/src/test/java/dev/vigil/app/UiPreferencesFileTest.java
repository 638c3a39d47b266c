package dev.vigil.app;

import dev.vigil.views.shell.Section;
import dev.vigil.views.shell.Theme;
import dev.vigil.views.shell.UiPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class UiPreferencesFileTest {

    @TempDir
    Path dir;

    @Test
    void remembersThemeSectionEnvironmentAndGeometry() throws Exception {
        UiPreferencesFile file = new UiPreferencesFile(dir.resolve("state/window.properties"));
        UiPreferences saved = new UiPreferences(Theme.LIGHT, Section.REPORTS, "production", 40, 60, 1600, 1000, false);
        file.save(saved);
        assertThat(file.load()).isEqualTo(saved);
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(new UiPreferencesFile(dir.resolve("none.properties")).load()).isEqualTo(UiPreferences.DEFAULTS);
    }

    @Test
    void garbageValuesFallBackFieldByField() throws Exception {
        Path p = dir.resolve("window.properties");
        Files.writeString(p, "theme=purple\nsection=logs\nwidth=wide\n");
        UiPreferences prefs = new UiPreferencesFile(p).load();
        assertThat(prefs.theme()).isEqualTo(Theme.DARK);
        assertThat(prefs.section()).isEqualTo(Section.LOGS);
        assertThat(prefs.width()).isEqualTo(1440);
    }
}
