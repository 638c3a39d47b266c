package dev.vigil.app.cli;

import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.environments.VigilDirs;

import java.io.PrintStream;
import java.util.function.Supplier;

/** What every command gets: its output streams, Vigil's directories and the (lazily loaded) environments file. */
public record CliContext(PrintStream out, PrintStream err, VigilDirs dirs, Supplier<EnvironmentsConfig> config) {
}
