package dev.vigil.app.cli;

import java.util.List;

/** One command of the product's command line ({@code ./vigil NAME ARGS}). */
public interface CliCommand {

    /** The word that selects it, e.g. "report". */
    String name();

    /** One line for {@code --help}: arguments and what it does. */
    String synopsis();

    /**
     * Runs the command. Errors a user can fix are written to {@code context.err()} as one clear line and
     * answered with a non-zero exit code; the process exits with the returned code.
     */
    int run(List<String> args, CliContext context) throws Exception;
}
