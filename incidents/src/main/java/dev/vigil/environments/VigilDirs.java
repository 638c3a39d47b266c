package dev.vigil.environments;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Vigil keeps its files, following the XDG base directory spec: config (environments file),
 * data (the embedded incident store), state (logs, window layout). {@code VIGIL_HOME} puts all three
 * under one folder, which tests and portable installs use.
 */
public record VigilDirs(Path config, Path data, Path state) {

    public static VigilDirs fromEnvironment() {
        return from(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static VigilDirs from(Map<String, String> env, Path home) {
        String vigilHome = env.get("VIGIL_HOME");
        if (vigilHome != null && !vigilHome.isBlank()) {
            Path root = Path.of(vigilHome);
            return new VigilDirs(root.resolve("config"), root.resolve("data"), root.resolve("state"));
        }
        return new VigilDirs(xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")),
                xdg(env, "XDG_DATA_HOME", home.resolve(".local/share")),
                xdg(env, "XDG_STATE_HOME", home.resolve(".local/state")));
    }

    public static VigilDirs under(Path root) {
        return new VigilDirs(root.resolve("config"), root.resolve("data"), root.resolve("state"));
    }

    private static Path xdg(Map<String, String> env, String key, Path fallback) {
        String v = env.get(key);
        return (v == null || v.isBlank() ? fallback : Path.of(v)).resolve("vigil");
    }

    public Path environmentsFile() {
        return config.resolve("environments.yaml");
    }

    public Path incidentDatabase() {
        return data.resolve("incidents.db");
    }

    public Path logFile() {
        return state.resolve("vigil.log");
    }

    public Path windowStateFile() {
        return state.resolve("window.properties");
    }
}
