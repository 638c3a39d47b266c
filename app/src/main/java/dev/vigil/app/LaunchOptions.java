package dev.vigil.app;

import dev.vigil.views.shell.Section;
import dev.vigil.views.shell.Theme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options that shape a window, read from the front of the command line:
 * {@code --config FILE}, {@code --env NAME}, {@code --view NAME}, {@code --theme dark|light},
 * {@code --incident ID} (open that incident's workspace).
 * Whatever follows (a command and its arguments) is left in {@link #rest()}.
 */
record LaunchOptions(Optional<Path> configFile, Optional<String> environment, Optional<Section> view,
                     Optional<Theme> theme, Optional<String> incident, List<String> rest) {

    static LaunchOptions parse(List<String> words) {
        Optional<Path> config = Optional.empty();
        Optional<String> env = Optional.empty();
        Optional<Section> view = Optional.empty();
        Optional<Theme> theme = Optional.empty();
        Optional<String> incident = Optional.empty();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            switch (w) {
                case "--config" -> config = Optional.of(Path.of(value(words, ++i, w)));
                case "--env" -> env = Optional.of(value(words, ++i, w));
                case "--view" -> {
                    String v = value(words, ++i, w);
                    view = Optional.of(Section.byId(v).orElseThrow(() -> new IllegalArgumentException(
                            "unknown view '" + v + "' (expected one of: " + viewNames() + ")")));
                }
                case "--theme" -> {
                    String v = value(words, ++i, w);
                    theme = Optional.of(Theme.byId(v).orElseThrow(() -> new IllegalArgumentException(
                            "unknown theme '" + v + "' (expected dark or light)")));
                }
                case "--incident" -> incident = Optional.of(value(words, ++i, w));
                default -> rest.add(w);
            }
        }
        return new LaunchOptions(config, env, view, theme, incident, List.copyOf(rest));
    }

    private static String value(List<String> words, int i, String flag) {
        if (i >= words.size() || words.get(i).startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return words.get(i);
    }

    static String viewNames() {
        StringBuilder b = new StringBuilder();
        for (Section s : Section.values()) {
            b.append(b.isEmpty() ? "" : ", ").append(s.id());
        }
        return b.toString();
    }
}
