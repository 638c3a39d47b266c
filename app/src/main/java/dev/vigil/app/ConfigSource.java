package dev.vigil.app;

import dev.vigil.environments.ConfigProblem;
import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.environments.EnvironmentsFile;
import dev.vigil.environments.LoadResult;

import java.nio.file.Path;

/**
 * The environments file as the command line sees it: loaded once, on first use. Problems go to
 * stderr as warnings; a command still runs with what could be read.
 */
final class ConfigSource {

    private final Path file;
    private EnvironmentsConfig config;

    ConfigSource(Path file) {
        this.file = file;
    }

    synchronized EnvironmentsConfig config() {
        if (config == null) {
            LoadResult result = EnvironmentsFile.load(file);
            for (ConfigProblem p : result.problems()) {
                System.err.println("vigil: warning: " + p);
            }
            config = result.config();
        }
        return config;
    }
}
