package dev.vigil.app.cli;

import dev.vigil.incidents.Severity;
import dev.vigil.incidents.metrics.ReliabilityReport;
import dev.vigil.incidents.metrics.ReportCalculator;
import dev.vigil.incidents.metrics.ReportFilter;
import dev.vigil.incidents.metrics.ReportWindow;
import dev.vigil.incidents.report.ReliabilityReporter;
import dev.vigil.incidents.report.ReportCsv;
import dev.vigil.incidents.report.ReportFormat;
import dev.vigil.incidents.report.ReportJson;
import dev.vigil.incidents.report.ReportText;
import dev.vigil.incidents.store.IncidentStore;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code report --from --to [--service S]... [--severity SEVn]... [--format json|csv|text] [--db URL]}. */
public final class ReportCommand extends StoreCommand {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String synopsis() {
        return "report --from ISO --to ISO [--service S]... [--severity SEVn]... [--format json|csv|text] [--db URL]";
    }

    @Override
    int execute(List<String> args, CliContext context) {
        CliArgs a = CliArgs.parse(args, Set.of("--from", "--to", "--format", "--db"), Set.of("--service", "--severity"));
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
        ReportFilter filter = new ReportFilter(Set.copyOf(a.all("--service")), severities);
        ReportCalculator calculator = ReportCalculator.from(config(context));
        ReliabilityReport report;
        try (IncidentStore store = openStore(a.one("--db"), context, true)) {
            report = new ReliabilityReporter(store, calculator).report(window, filter);
        }
        String text = switch (format) {
            case JSON -> ReportJson.write(report) + "\n";
            case CSV -> ReportCsv.write(report);
            case TEXT -> ReportText.write(report);
        };
        context.out().print(text);
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
