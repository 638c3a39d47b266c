package dev.vigil.app.cli;

import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.incidents.store.IncidentStore;
import dev.vigil.incidents.store.JdbcIncidentStore;
import dev.vigil.incidents.store.StoreException;
import dev.vigil.incidents.store.StoreLocation;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * A command over the incident store: resolves {@code --db} (else the environments file's store, else the
 * SQLite file in the data folder) and turns every failure into one line on stderr and an exit code.
 */
abstract class StoreCommand implements CliCommand {

    @Override
    public final int run(List<String> args, CliContext context) {
        try {
            return execute(args, context);
        } catch (CommandFailure f) {
            context.err().println("vigil " + name() + ": " + f.getMessage());
            return f.exitCode;
        } catch (StoreException e) {
            context.err().println("vigil " + name() + ": " + e.getMessage());
            return CommandFailure.STORE;
        }
    }

    abstract int execute(List<String> args, CliContext context);

    /**
     * @param mustExist true for commands that only read: a SQLite file that is not there is then an error
     *                  (most likely a mistyped path) instead of a new empty store
     */
    static IncidentStore openStore(Optional<String> db, CliContext context, boolean mustExist) {
        StoreLocation location;
        try {
            location = db.map(StoreLocation::parse).orElseGet(() -> configured(context));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(CommandFailure.USAGE, e.getMessage());
        }
        if (mustExist && location.kind() == StoreLocation.Kind.SQLITE && !Files.exists(location.sqlitePath())) {
            throw new CommandFailure(CommandFailure.STORE, "no incident store at " + location.sqlitePath()
                    + " (import incidents first, or pass --db)");
        }
        return JdbcIncidentStore.open(location);
    }

    private static StoreLocation configured(CliContext context) {
        String url = config(context).storeUrl();
        return url == null || url.isBlank() ? StoreLocation.sqliteFile(context.dirs().incidentDatabase())
                : StoreLocation.parse(url);
    }

    static EnvironmentsConfig config(CliContext context) {
        try {
            EnvironmentsConfig c = context.config().get();
            return c == null ? EnvironmentsConfig.EMPTY : c;
        } catch (RuntimeException e) {
            throw new CommandFailure(CommandFailure.USAGE, "cannot read the environments file: " + e.getMessage());
        }
    }
}
