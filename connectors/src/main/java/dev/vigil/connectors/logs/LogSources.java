package dev.vigil.connectors.logs;

import dev.vigil.environments.Environment;

import java.util.Optional;

/** Opens the log source of an environment; empty when the environment has no logs configured. */
@FunctionalInterface
public interface LogSources {
    Optional<LogSource> open(Environment environment);
}
