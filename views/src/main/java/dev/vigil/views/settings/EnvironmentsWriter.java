package dev.vigil.views.settings;

import dev.vigil.environments.EnvironmentsConfig;

import java.io.IOException;

/** Writes the environments file (atomically, in the app: a temp file, then a move). */
@FunctionalInterface
public interface EnvironmentsWriter {
    void write(EnvironmentsConfig config) throws IOException;
}
