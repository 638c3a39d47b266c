package dev.vigil.app;

import dev.vigil.connectors.demo.DrillScenario;
import dev.vigil.connectors.demo.DrillScenarios;
import dev.vigil.views.shell.Section;
import dev.vigil.views.shell.Theme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options that shape a window, read from the front of the command line:
 * {@code --config FILE}, {@code --env NAME}, {@code --view NAME}, {@code --theme dark|light},
 * {@code --incident ID} (open that incident's workspace), {@code --drill ID} and {@code --drill-speed N}
 * (start a drill on the demo fleet, its clock N times faster).
 * Whatever follows (a command and its arguments) is left in {@link #rest()}.
 */
record LaunchOptions(Optional<Path> configFile, Optional<String> environment, Optional<Section> view,
                     Optional<Theme> theme, Optional<String> incident, Optional<DrillStart> drill, List<String> rest) {

    /** A drill to start when the window opens. */
    record DrillStart(DrillScenario scenario, double speed) {
    }

    LaunchOptions(Optional<Path> configFile, Optional<String> environment, Optional<Section> view, Optional<Theme> theme,
                  Optional<String> incident, List<String> rest) {
        this(configFile, environment, view, theme, incident, Optional.empty(), rest);
    }

    static LaunchOptions parse(List<String> words) {
        Optional<Path> config = Optional.empty();
        Optional<String> env = Optional.empty();
        Optional<Section> view = Optional.empty();
        Optional<Theme> theme = Optional.empty();
        Optional<String> incident = Optional.empty();
        Optional<DrillScenario> drill = Optional.empty();
        double speed = 1;
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
                case "--drill" -> {
                    String v = value(words, ++i, w);
                    drill = Optional.of(DrillScenarios.find(v).orElseThrow(() -> new IllegalArgumentException(
                            "unknown drill '" + v + "' (expected one of: "
                                    + String.join(", ", DrillScenarios.ALL.stream().map(DrillScenario::id).toList()) + ")")));
                }
                case "--drill-speed" -> speed = speed(value(words, ++i, w));
                default -> rest.add(w);
            }
        }
        double drillSpeed = speed;
        return new LaunchOptions(config, env, view, theme, incident, drill.map(d -> new DrillStart(d, drillSpeed)), List.copyOf(rest));
    }

    private static double speed(String text) {
        try {
            double v = Double.parseDouble(text);
            if (v >= 1 && v <= 1000) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--drill-speed takes a number from 1 to 1000, not '" + text + "'");
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
