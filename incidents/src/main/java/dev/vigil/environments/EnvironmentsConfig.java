package dev.vigil.environments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an environments file holds: the environments, which one to open first, the incident store
 * (null: the embedded SQLite file in the data directory) and the reliability targets.
 */
public record EnvironmentsConfig(List<Environment> environments, String defaultEnvironment,
                                 String storeUrl, ReliabilitySettings reliability) {

    public static final EnvironmentsConfig EMPTY = new EnvironmentsConfig(List.of(), null, null, ReliabilitySettings.DEFAULTS);

    public EnvironmentsConfig {
        environments = environments == null ? List.of() : List.copyOf(environments);
        reliability = reliability == null ? ReliabilitySettings.DEFAULTS : reliability;
    }

    public Optional<Environment> find(String name) {
        return environments.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The environments a user can switch between: the file's, then the built-in demo (unless the file names one "demo"). */
    public List<Environment> selectable() {
        List<Environment> all = new ArrayList<>(environments);
        if (find(Environment.DEMO_NAME).isEmpty()) {
            all.add(Environment.builtInDemo());
        }
        return List.copyOf(all);
    }

    public EnvironmentsConfig withEnvironments(List<Environment> newEnvironments) {
        return new EnvironmentsConfig(newEnvironments, defaultEnvironment, storeUrl, reliability);
    }
}
