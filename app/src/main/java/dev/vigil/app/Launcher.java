package dev.vigil.app;

import dev.vigil.environments.EnvironmentsFile;
import dev.vigil.environments.LoadResult;
import dev.vigil.environments.VigilDirs;
import dev.vigil.views.shell.UiPreferences;
import javafx.application.Application;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads what the window needs before the toolkit starts, then starts it. */
final class Launcher {

    private Launcher() {
    }

    static int openWindow(LaunchOptions options, VigilDirs dirs) {
        VigilApplication.prepare(prepare(options, dirs, Optional.empty()));
        Application.launch(VigilApplication.class);
        return VigilApplication.exitCode();
    }

    /** {@code screenshot [--view NAME] [--theme T] [--env NAME] OUT.png}: the window on a view, saved as PNG. */
    static int screenshot(LaunchOptions global, List<String> args, VigilDirs dirs, PrintStream err) {
        LaunchOptions local;
        try {
            local = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("vigil screenshot: " + e.getMessage());
            return 2;
        }
        if (local.rest().size() != 1 || !local.rest().getFirst().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            err.println("vigil screenshot: usage: screenshot [--view NAME] [--theme dark|light] [--env NAME] [--incident ID] "
                    + "[--drill ID [--drill-speed N]] OUT.png");
            return 2;
        }
        LaunchOptions merged = new LaunchOptions(local.configFile().or(global::configFile),
                local.environment().or(global::environment), local.view().or(global::view),
                local.theme().or(global::theme), local.incident().or(global::incident), local.drill().or(global::drill), List.of());
        Path out = Path.of(local.rest().getFirst()).toAbsolutePath();
        VigilApplication.prepare(prepare(merged, dirs, Optional.of(out)));
        Application.launch(VigilApplication.class);
        int code = VigilApplication.exitCode();
        if (code == 0) {
            System.out.println(out);
        }
        return code;
    }

    private static LaunchConfig prepare(LaunchOptions options, VigilDirs dirs, Optional<Path> screenshot) {
        Path file = options.configFile().orElse(dirs.environmentsFile()).toAbsolutePath();
        LoadResult loaded = EnvironmentsFile.load(file);
        UiPreferencesFile prefsFile = new UiPreferencesFile(dirs.windowStateFile());
        // A screenshot is reproducible: remembered window state does not apply to it.
        UiPreferences remembered = screenshot.isPresent() ? UiPreferences.DEFAULTS : prefsFile.load();
        UiPreferences prefs = new UiPreferences(
                options.theme().orElse(remembered.theme()),
                options.view().orElse(remembered.section()),
                options.environment().orElse(remembered.environment()),
                remembered.x(), remembered.y(), remembered.width(), remembered.height(), remembered.maximized());
        return new LaunchConfig(file, loaded, prefs, prefsFile, dirs, options.incident(), options.drill(), screenshot);
    }

    /** Everything {@link VigilApplication} starts from. */
    record LaunchConfig(Path environmentsFile, LoadResult loaded, UiPreferences prefs,
                        UiPreferencesFile prefsFile, VigilDirs dirs, Optional<String> incident,
                        Optional<LaunchOptions.DrillStart> drill, Optional<Path> screenshot) {
    }
}
