package dev.vigil.incidents.report;

import dev.vigil.incidents.Severity;
import dev.vigil.incidents.io.CsvText;
import dev.vigil.incidents.metrics.DurationStats;
import dev.vigil.incidents.metrics.ReliabilityReport;
import dev.vigil.incidents.metrics.ServiceFigures;
import dev.vigil.incidents.metrics.SeverityFigures;

import java.util.Map;

/**
 * A report as long-form CSV, one figure a row ({@code scope,name,figure,value}), which spreadsheets pivot
 * easily and which needs no column per service. Empty value = null.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String write(ReliabilityReport r) {
        StringBuilder b = new StringBuilder("scope,name,figure,value\n");
        row(b, "report", "", "from", r.from());
        row(b, "report", "", "to", r.to());
        row(b, "report", "", "incidents", r.incidents());
        stats(b, "report", "", "mttd", r.mttd());
        stats(b, "report", "", "mtta", r.mtta());
        stats(b, "report", "", "mttc", r.mttc());
        stats(b, "report", "", "mttr", r.mttr());
        row(b, "report", "", "response_sla_compliance", r.responseSlaCompliance());
        row(b, "report", "", "sla_met", r.sla().met());
        row(b, "report", "", "sla_breached", r.sla().breached());
        row(b, "report", "", "sla_pending", r.sla().pending());
        for (Map.Entry<String, ServiceFigures> e : r.services().entrySet()) {
            ServiceFigures f = e.getValue();
            String s = e.getKey();
            row(b, "service", s, "availability", f.availability());
            row(b, "service", s, "downtime", f.downtime());
            row(b, "service", s, "failures", f.failures());
            row(b, "service", s, "mtbf", f.mtbf());
            row(b, "service", s, "availability_target", f.availabilityTarget());
            row(b, "service", s, "availability_compliant", f.availabilityCompliant());
            row(b, "service", s, "error_budget_remaining", f.errorBudgetRemaining());
        }
        for (Map.Entry<Severity, SeverityFigures> e : r.bySeverity().entrySet()) {
            String s = e.getKey().name();
            row(b, "severity", s, "incidents", e.getValue().incidents());
            stats(b, "severity", s, "mtta", e.getValue().mtta());
            stats(b, "severity", s, "mttr", e.getValue().mttr());
        }
        return b.toString();
    }

    private static void stats(StringBuilder b, String scope, String name, String figure, DurationStats d) {
        row(b, scope, name, figure + "_n", d.n());
        row(b, scope, name, figure + "_mean", d.mean());
        row(b, scope, name, figure + "_median", d.median());
        row(b, scope, name, figure + "_p90", d.p90());
    }

    private static void row(StringBuilder b, String scope, String name, String figure, Object value) {
        b.append(scope).append(',').append(CsvText.escape(name)).append(',').append(figure)
                .append(',').append(value == null ? "" : value).append('\n');
    }
}
