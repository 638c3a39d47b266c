package dev.vigil.app.cli;

import dev.vigil.incidents.io.IncidentCsvWriter;
import dev.vigil.incidents.io.IncidentJsonWriter;
import dev.vigil.incidents.metrics.ReportWindow;
import dev.vigil.incidents.store.ExportedIncident;
import dev.vigil.incidents.store.IncidentStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code export --from --to [--format csv|json] [--db URL]}: every timeline event of the incidents
 * detected in the window, in a form {@code import} reads back.
 */
public final class ExportCommand extends StoreCommand {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String synopsis() {
        return "export --from ISO --to ISO [--format csv|json] [--db URL]   incidents detected in the window, importable";
    }

    @Override
    int execute(List<String> args, CliContext context) {
        CliArgs a = CliArgs.parse(args, Set.of("--from", "--to", "--format", "--db"), Set.of());
        if (!a.positionals().isEmpty()) {
            throw new CommandFailure(CommandFailure.USAGE, "unexpected argument '" + a.positionals().getFirst() + "'");
        }
        ReportWindow window = ReportCommand.window(a);
        String format = a.one("--format").orElse("csv").trim().toLowerCase(Locale.ROOT);
        if (!format.equals("csv") && !format.equals("json")) {
            throw new CommandFailure(CommandFailure.USAGE, "unknown format '" + format + "' (expected csv or json)");
        }
        List<ExportedIncident> incidents;
        try (IncidentStore store = openStore(a.one("--db"), context, true)) {
            incidents = store.export(window.from(), window.to());
        }
        if (format.equals("csv")) {
            IncidentCsvWriter.write(incidents, context.out());
        } else {
            try {
                IncidentJsonWriter.write(window.from(), window.to(), incidents, context.out());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        context.out().flush();
        return 0;
    }
}
