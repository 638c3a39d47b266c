package dev.vigil.incidents.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.environments.ReliabilitySettings;
import dev.vigil.incidents.EventStamp;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.metrics.IncidentFacts;
import dev.vigil.incidents.metrics.ReliabilityReport;
import dev.vigil.incidents.metrics.ReportCalculator;
import dev.vigil.incidents.metrics.ReportFilter;
import dev.vigil.incidents.metrics.ReportWindow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.vigil.incidents.EventKind.*;
import static org.assertj.core.api.Assertions.assertThat;

class ReportJsonTest {

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");

    private static ReliabilityReport sample() {
        Instant d = Instant.parse("2026-03-01T10:00:00Z");
        List<IncidentFacts> facts = List.of(
                new IncidentFacts("A", "checkout", Severity.SEV1, List.of(EventStamp.of(DETECTED, d),
                        EventStamp.of(ACKNOWLEDGED, d.plusSeconds(120)), EventStamp.of(RESOLVED, d.plusSeconds(2400)))));
        return new ReportCalculator(ReliabilitySettings.DEFAULTS, Map.of()).compute(
                new ReportWindow(FROM, FROM.plusSeconds(86_400)), ReportFilter.NONE, facts, List.of("checkout", "search"));
    }

    @Test
    void keysFollowTheSpecsOrder() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReportJson.write(sample()));

        assertThat(names(root)).containsExactly("from", "to", "incidents", "mttd", "mtta", "mttc", "mttr",
                "response_sla_compliance", "sla", "services", "by_severity");
        assertThat(names(root.get("mtta"))).containsExactly("n", "mean", "median", "p90");
        assertThat(names(root.get("sla"))).containsExactly("met", "breached", "pending");
        assertThat(names(root.get("services").get("checkout"))).containsExactly("availability", "downtime", "failures",
                "mtbf", "availability_target", "availability_compliant", "error_budget_remaining");
        assertThat(names(root.get("by_severity").get("SEV1"))).containsExactly("incidents", "mtta", "mttr");
    }

    @Test
    void valuesAreSecondsAndFractionsWithNullsForMissingFigures() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReportJson.write(sample()));

        assertThat(root.get("from").asText()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(root.get("incidents").asInt()).isEqualTo(1);
        assertThat(root.get("mtta").get("mean").asDouble()).isEqualTo(120.0);
        assertThat(root.get("mttc").get("n").asInt()).isZero();
        assertThat(root.get("mttc").get("mean").isNull()).isTrue();
        assertThat(root.get("response_sla_compliance").asDouble()).isEqualTo(1.0);
        JsonNode checkout = root.get("services").get("checkout");
        assertThat(checkout.get("downtime").asDouble()).isEqualTo(2400.0);
        assertThat(checkout.get("mtbf").asDouble()).isEqualTo(84_000.0);
        assertThat(checkout.get("availability_compliant").asBoolean()).isFalse();
        assertThat(root.get("services").get("search").get("mtbf").isNull()).isTrue();
        assertThat(names(root.get("by_severity"))).containsExactly("SEV1");
    }

    @Test
    void textFormatIsAnAlignedTable() {
        String text = ReportText.write(sample());

        assertThat(text).contains("time to acknowledge  1   2m 00s   2m 00s   2m 00s");
        assertThat(text).containsPattern("checkout +97\\.222% +99\\.900% +NO +40m 00s +1 +23h 20m");
    }

    @Test
    void csvFormatHasOneFigureARow() {
        assertThat(ReportCsv.write(sample())).startsWith("scope,name,figure,value\nreport,,from,2026-03-01T00:00:00Z\n")
                .contains("service,checkout,downtime,2400.0\n", "service,search,mtbf,\n", "severity,SEV1,mtta_p90,120.0\n");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
