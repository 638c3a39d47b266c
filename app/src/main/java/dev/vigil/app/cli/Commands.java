package dev.vigil.app.cli;

import java.util.List;
import java.util.Optional;

/** The commands of the product's command line, in the order {@code --help} lists them. */
public final class Commands {

    private Commands() {
    }

    public static List<CliCommand> all() {
        return List.of(new ImportCommand(), new ReportCommand(), new ExportCommand());
    }

    public static Optional<CliCommand> find(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
