package dev.vigil.incidents.report;

import dev.vigil.incidents.Severity;
import dev.vigil.incidents.metrics.DurationStats;
import dev.vigil.incidents.metrics.ReliabilityReport;
import dev.vigil.incidents.metrics.ServiceFigures;
import dev.vigil.incidents.metrics.SeverityFigures;
import dev.vigil.incidents.metrics.SlaCounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPdfTest {

    private static final Instant FROM = Instant.parse("2026-08-24T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-22T00:00:00Z");

    private static ReliabilityReport report(int services) {
        Map<String, ServiceFigures> figures = new TreeMap<>();
        for (int i = 0; i < services; i++) {
            figures.put(String.format("service-%02d", i), new ServiceFigures(0.9991, 2400.0, 2, 1_298_800.0, 0.999, true, 0.074));
        }
        figures.put("checkout", new ServiceFigures(0.9981, 14_760.0, 3, 2_586_000.0, 0.999, false, -0.898));
        DurationStats d = new DurationStats(4, 420.0, 300.0, 900.0);
        return new ReliabilityReport(FROM, TO, 12, d, d, DurationStats.EMPTY, d, new SlaCounts(9, 1, 2), figures,
                Map.of(Severity.SEV1, new SeverityFigures(3, d, d)));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void carriesTheWindowTheHeadlineFiguresAndEveryService() throws Exception {
        String text = text(ReportPdf.write(report(2), TO));
        assertThat(text).contains("Reliability report").contains("2026-08-24 00:00 UTC");
        assertThat(text).contains("Time to acknowledge (MTTA)").contains("7m 00s").contains("15m 00s");
        assertThat(text).contains("Response SLA compliance: 90.000%");
        assertThat(text).contains("checkout").contains("99.810%").contains("NO").contains("-89.800%");
        assertThat(text).contains("service-00").contains("service-01");
    }

    @Test
    void aLongServiceListFlowsOntoMorePages() throws Exception {
        byte[] pdf = ReportPdf.write(report(80), TO);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("service-79").contains("By severity");
    }
}
