package dev.vigil.app;

import dev.vigil.views.shell.Section;
import dev.vigil.views.shell.Theme;
import dev.vigil.views.shell.UiPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** Reads and writes what the window remembers ({@link UiPreferences}) as a small properties file. */
final class UiPreferencesFile {

    private static final Logger LOG = LoggerFactory.getLogger(UiPreferencesFile.class);

    private final Path file;

    UiPreferencesFile(Path file) {
        this.file = file;
    }

    /** The remembered preferences; defaults when the file is missing or unreadable (never fatal). */
    UiPreferences load() {
        if (!Files.isRegularFile(file)) {
            return UiPreferences.DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("ignoring unreadable window preferences {}", file, e);
            return UiPreferences.DEFAULTS;
        }
        return new UiPreferences(
                Theme.byId(p.getProperty("theme")).orElse(Theme.DARK),
                Section.byId(p.getProperty("section")).orElse(Section.INCIDENTS),
                p.getProperty("environment"),
                number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"),
                Boolean.parseBoolean(p.getProperty("maximized")));
    }

    void save(UiPreferences prefs) throws IOException {
        Properties p = new Properties();
        p.setProperty("theme", prefs.theme().id());
        p.setProperty("section", prefs.section().id());
        if (prefs.environment() != null) {
            p.setProperty("environment", prefs.environment());
        }
        p.setProperty("x", Double.toString(prefs.x()));
        p.setProperty("y", Double.toString(prefs.y()));
        p.setProperty("width", Double.toString(prefs.width()));
        p.setProperty("height", Double.toString(prefs.height()));
        p.setProperty("maximized", Boolean.toString(prefs.maximized()));
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "window", ".tmp");
        try (Writer out = Files.newBufferedWriter(temp)) {
            p.store(out, "Vigil window state");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static double number(Properties p, String key) {
        try {
            return Double.parseDouble(p.getProperty(key, "NaN"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
