package dev.vigil.app.cli;

import dev.vigil.incidents.Severity;
import dev.vigil.incidents.metrics.ReliabilityReport;
import dev.vigil.incidents.metrics.ReportCalculator;
import dev.vigil.incidents.metrics.ReportFilter;
import dev.vigil.incidents.metrics.ReportWindow;
import dev.vigil.incidents.report.ReliabilityReporter;
import dev.vigil.incidents.report.ReportFormat;
import dev.vigil.incidents.store.IncidentStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code report --from --to [--service S]... [--severity SEVn]... [--include-drills] [--format json|csv|text|pdf]
 * [--output FILE] [--db URL]}.
 */
public final class ReportCommand extends StoreCommand {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String synopsis() {
        return "report --from ISO --to ISO [--service S]... [--severity SEVn]... [--include-drills] [--format json|csv|text|pdf] [--output FILE] [--db URL]";
    }

    @Override
    int execute(List<String> args, CliContext context) {
        CliArgs a = CliArgs.parse(args, Set.of("--from", "--to", "--format", "--output", "--db"), Set.of("--service", "--severity"),
                Set.of("--include-drills"));
        if (!a.positionals().isEmpty()) {
            throw new CommandFailure(CommandFailure.USAGE, "unexpected argument '" + a.positionals().getFirst() + "'");
        }
        ReportWindow window = window(a);
        ReportFormat format;
        Set<Severity> severities;
        try {
            format = ReportFormat.parse(a.one("--format").orElse("json"));
            severities = a.all("--severity").stream().map(Severity::parse).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(CommandFailure.USAGE, e.getMessage());
        }
        Optional<String> output = a.one("--output");
        if (format.binary() && output.isEmpty()) {
            throw new CommandFailure(CommandFailure.USAGE, "--format " + format.key() + " needs --output FILE");
        }
        ReportFilter filter = new ReportFilter(Set.copyOf(a.all("--service")), severities, a.has("--include-drills"));
        ReportCalculator calculator = ReportCalculator.from(config(context));
        ReliabilityReport report;
        try (IncidentStore store = openStore(a.one("--db"), context, true)) {
            report = new ReliabilityReporter(store, calculator).report(window, filter);
        }
        byte[] bytes;
        try {
            bytes = format.render(report, Instant.now());
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.USAGE, "could not render the " + format.key() + " report: " + e.getMessage());
        }
        if (output.isPresent()) {
            Path file = Path.of(output.get());
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new CommandFailure(CommandFailure.USAGE, "could not write " + file + ": " + e.getMessage());
            }
            context.err().println("report written to " + file.toAbsolutePath());
            return 0;
        }
        context.out().print(new String(bytes, StandardCharsets.UTF_8));
        context.out().flush();
        return 0;
    }

    static ReportWindow window(CliArgs a) {
        try {
            return new ReportWindow(Instants.parse("--from", a.required("--from")), Instants.parse("--to", a.required("--to")));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(CommandFailure.USAGE, e.getMessage());
        }
    }
}
