package dev.vigil.environments;

import dev.vigil.incidents.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * What an environments file holds: the environments, which one to open first, the incident store
 * (null: the embedded SQLite file in the data directory), the reliability targets and the checklist
 * a commander works through per severity.
 */
public record EnvironmentsConfig(List<Environment> environments, String defaultEnvironment,
                                 String storeUrl, ReliabilitySettings reliability,
                                 Map<Severity, List<String>> checklists) {

    public static final EnvironmentsConfig EMPTY = new EnvironmentsConfig(List.of(), null, null, ReliabilitySettings.DEFAULTS);

    public EnvironmentsConfig {
        environments = environments == null ? List.of() : List.copyOf(environments);
        reliability = reliability == null ? ReliabilitySettings.DEFAULTS : reliability;
        Map<Severity, List<String>> lists = new EnumMap<>(Severity.class);
        if (checklists != null) {
            checklists.forEach((severity, items) -> lists.put(severity, List.copyOf(items)));
        }
        checklists = Collections.unmodifiableMap(lists);
    }

    /** A config without incident checklists. */
    public EnvironmentsConfig(List<Environment> environments, String defaultEnvironment, String storeUrl,
                              ReliabilitySettings reliability) {
        this(environments, defaultEnvironment, storeUrl, reliability, Map.of());
    }

    /** What a commander ticks off on an incident of this severity (empty when the file gives none). */
    public List<String> checklist(Severity severity) {
        return checklists.getOrDefault(severity, List.of());
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
        return new EnvironmentsConfig(newEnvironments, defaultEnvironment, storeUrl, reliability, checklists);
    }
}
