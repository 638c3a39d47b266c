package dev.vigil.environments;

import java.util.List;

/**
 * What reading an environments file gave: the usable part of it, and every problem found on the way.
 * The console opens on {@code config} and shows {@code problems}; {@code fileExists} tells an absent file
 * (nothing to report) from an empty one.
 */
public record LoadResult(EnvironmentsConfig config, List<ConfigProblem> problems, boolean fileExists) {
    public LoadResult {
        config = config == null ? EnvironmentsConfig.EMPTY : config;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
