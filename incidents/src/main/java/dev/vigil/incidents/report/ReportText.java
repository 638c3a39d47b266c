package dev.vigil.incidents.report;

import dev.vigil.incidents.Severity;
import dev.vigil.incidents.metrics.DurationStats;
import dev.vigil.incidents.metrics.ReliabilityReport;
import dev.vigil.incidents.metrics.ServiceFigures;
import dev.vigil.incidents.metrics.SeverityFigures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A report as aligned tables for a terminal: durations in human units, ratios in percent, "-" for none. */
public final class ReportText {

    private ReportText() {
    }

    public static String write(ReliabilityReport r) {
        StringBuilder b = new StringBuilder();
        b.append("Reliability report ").append(r.from()).append(" .. ").append(r.to()).append('\n');
        b.append("Incidents: ").append(r.incidents()).append("   Response SLA: ").append(percent(r.responseSlaCompliance()))
                .append(" (met ").append(r.sla().met()).append(", breached ").append(r.sla().breached())
                .append(", pending ").append(r.sla().pending()).append(")\n\n");
        List<String[]> durations = new ArrayList<>();
        durations.add(new String[]{"", "n", "mean", "median", "p90"});
        durations.add(stats("time to detect", r.mttd()));
        durations.add(stats("time to acknowledge", r.mtta()));
        durations.add(stats("time to contain", r.mttc()));
        durations.add(stats("time to recover", r.mttr()));
        table(b, durations);
        b.append('\n');
        List<String[]> services = new ArrayList<>();
        services.add(new String[]{"service", "availability", "target", "ok", "downtime", "failures", "mtbf", "budget left"});
        for (Map.Entry<String, ServiceFigures> e : r.services().entrySet()) {
            ServiceFigures f = e.getValue();
            services.add(new String[]{e.getKey(), percent(f.availability()), percent(f.availabilityTarget()),
                    f.availabilityCompliant() ? "yes" : "NO", duration(f.downtime()), String.valueOf(f.failures()),
                    duration(f.mtbf()), percent(f.errorBudgetRemaining())});
        }
        table(b, services);
        if (!r.bySeverity().isEmpty()) {
            b.append('\n');
            List<String[]> sev = new ArrayList<>();
            sev.add(new String[]{"severity", "incidents", "mtta mean", "mtta p90", "mttr mean", "mttr p90"});
            for (Map.Entry<Severity, SeverityFigures> e : r.bySeverity().entrySet()) {
                SeverityFigures f = e.getValue();
                sev.add(new String[]{e.getKey().name(), String.valueOf(f.incidents()), duration(f.mtta().mean()),
                        duration(f.mtta().p90()), duration(f.mttr().mean()), duration(f.mttr().p90())});
            }
            table(b, sev);
        }
        return b.toString();
    }

    private static String[] stats(String label, DurationStats d) {
        return new String[]{label, String.valueOf(d.n()), duration(d.mean()), duration(d.median()), duration(d.p90())};
    }

    /** First column left-aligned, the rest right-aligned, two spaces apart. */
    private static void table(StringBuilder b, List<String[]> rows) {
        int[] width = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(width[i] - row[i].length());
                line.append(i == 0 ? row[i] + pad : "  " + pad + row[i]);
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
    }

    static String percent(Double ratio) {
        return ratio == null ? "-" : String.format(Locale.ROOT, "%.3f%%", ratio * 100);
    }

    /** Seconds as "45s", "12m 05s", "3h 20m", "2d 04h". */
    static String duration(Double seconds) {
        return HumanDuration.seconds(seconds);
    }
}
