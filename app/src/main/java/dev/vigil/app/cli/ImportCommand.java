package dev.vigil.app.cli;

import dev.vigil.incidents.io.IncidentFileReader;
import dev.vigil.incidents.io.IncidentImporter;
import dev.vigil.incidents.io.ParsedImport;
import dev.vigil.incidents.io.Rejection;
import dev.vigil.incidents.store.IncidentStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code import FILE [--db URL]}: stores the good incidents of a CSV (or export JSON) file, names the bad ones. */
public final class ImportCommand extends StoreCommand {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String synopsis() {
        return "import FILE.csv [--db URL]        store the incidents of a CSV file (or an export); bad ones are listed";
    }

    @Override
    int execute(List<String> args, CliContext context) {
        CliArgs a = CliArgs.parse(args, Set.of("--db"), Set.of());
        if (a.positionals().size() != 1) {
            throw new CommandFailure(CommandFailure.USAGE, "usage: import FILE.csv [--db URL]");
        }
        Path file = Path.of(a.positionals().getFirst());
        ParsedImport parsed = parse(file);
        IncidentImporter.Result result;
        try (IncidentStore store = openStore(a.one("--db"), context, false)) {
            result = new IncidentImporter(store, IncidentImporter.DEFAULT_BATCH).store(parsed);
        }
        for (Rejection r : result.rejections()) {
            context.err().println("vigil import: " + file.getFileName() + " " + r.describe());
        }
        var stored = result.stored();
        context.out().println("imported " + stored.incidentsStored() + " incidents (" + stored.eventsStored() + " events)"
                + (stored.incidentsSkipped() > 0 ? ", " + stored.incidentsSkipped() + " already present" : "")
                + (result.rejections().isEmpty() ? "" : ", " + result.rejections().size() + " rejected"));
        return result.rejections().isEmpty() ? 0 : CommandFailure.PARTIAL;
    }

    private static ParsedImport parse(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CommandFailure(CommandFailure.USAGE, "cannot read " + file + ": "
                    + (Files.exists(file) ? "not a readable file" : "no such file"));
        }
        try {
            return IncidentFileReader.read(file);
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.USAGE, "cannot read " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(CommandFailure.USAGE, file + ": " + e.getMessage());
        }
    }
}
