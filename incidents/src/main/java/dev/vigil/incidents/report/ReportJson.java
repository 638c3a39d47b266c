package dev.vigil.incidents.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.metrics.DurationStats;
import dev.vigil.incidents.metrics.ReliabilityReport;
import dev.vigil.incidents.metrics.ServiceFigures;
import dev.vigil.incidents.metrics.SeverityFigures;

import java.util.Map;

/** The spec's report object, keys in the spec's order ("Report output (JSON)"). */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    public static ObjectNode tree(ReliabilityReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("from", r.from().toString());
        root.put("to", r.to().toString());
        root.put("incidents", r.incidents());
        root.set("mttd", stats(r.mttd()));
        root.set("mtta", stats(r.mtta()));
        root.set("mttc", stats(r.mttc()));
        root.set("mttr", stats(r.mttr()));
        root.put("response_sla_compliance", r.responseSlaCompliance());
        ObjectNode sla = root.putObject("sla");
        sla.put("met", r.sla().met());
        sla.put("breached", r.sla().breached());
        sla.put("pending", r.sla().pending());
        ObjectNode services = root.putObject("services");
        for (Map.Entry<String, ServiceFigures> e : r.services().entrySet()) {
            ServiceFigures f = e.getValue();
            ObjectNode s = services.putObject(e.getKey());
            s.put("availability", f.availability());
            s.put("downtime", f.downtime());
            s.put("failures", f.failures());
            s.put("mtbf", f.mtbf());
            s.put("availability_target", f.availabilityTarget());
            s.put("availability_compliant", f.availabilityCompliant());
            s.put("error_budget_remaining", f.errorBudgetRemaining());
        }
        ObjectNode bySeverity = root.putObject("by_severity");
        for (Map.Entry<Severity, SeverityFigures> e : r.bySeverity().entrySet()) {
            ObjectNode s = bySeverity.putObject(e.getKey().name());
            s.put("incidents", e.getValue().incidents());
            s.set("mtta", stats(e.getValue().mtta()));
            s.set("mttr", stats(e.getValue().mttr()));
        }
        return root;
    }

    public static String write(ReliabilityReport r) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report tree always serialises", e);
        }
    }

    private static ObjectNode stats(DurationStats d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("n", d.n());
        n.put("mean", d.mean());
        n.put("median", d.median());
        n.put("p90", d.p90());
        return n;
    }
}
