package dev.vigil.incidents.io;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.store.ImportedIncident;
import dev.vigil.incidents.store.NewEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentFileReaderTest {

    private static ParsedImport read(String csv) throws Exception {
        return IncidentFileReader.readCsv(new StringReader(csv));
    }

    @Test
    void goodIncidentsAreKeptAndEachBadOneIsRejectedWithLineAndReason() throws Exception {
        ParsedImport p = read("""
                incident_id,service,severity,title,event,at
                OK,checkout,SEV1,Checkout down,detected,2026-03-01T10:00:00Z
                KIND,checkout,SEV2,x,exploded,2026-03-01T10:00:00Z
                OK,checkout,SEV1,Checkout down,resolved,2026-03-01T11:00:00+01:00
                TIME,checkout,SEV2,x,detected,yesterday
                SEV,checkout,SEV9,x,detected,2026-03-01T10:00:00Z
                NODET,checkout,SEV2,x,acknowledged,2026-03-01T10:00:00Z
                EARLY,checkout,SEV2,x,detected,2026-03-01T10:00:00Z
                EARLY,checkout,SEV2,x,reopened,2026-03-01T09:59:59Z
                IMPACT,checkout,SEV2,x,detected,2026-03-01T10:00:00Z
                IMPACT,checkout,SEV2,x,impact_started,2026-03-01T10:00:01Z
                MIXED,checkout,SEV2,x,detected,2026-03-01T10:00:00Z
                MIXED,search,SEV2,x,resolved,2026-03-01T10:05:00Z
                """);

        assertThat(p.incidents()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("OK");
            assertThat(i.severity()).isEqualTo(Severity.SEV1);
            assertThat(i.events()).extracting(NewEvent::kind).containsExactly(EventKind.DETECTED, EventKind.RESOLVED);
        });
        assertThat(p.rejections()).extracting(Rejection::describe).containsExactly(
                "line 3: incident KIND: unknown event kind 'exploded'",
                "line 5: incident TIME: unparseable instant 'yesterday' (expected ISO-8601 with an offset or Z, e.g. 2026-03-01T10:15:00Z)",
                "line 6: incident SEV: unknown severity 'SEV9' (expected SEV1..SEV4)",
                "line 7: incident NODET: no detected event",
                "line 9: incident EARLY: reopened at 2026-03-01T09:59:59Z is before detected at 2026-03-01T10:00:00Z",
                "line 10: incident IMPACT: detected at 2026-03-01T10:00:00Z is before impact_started at 2026-03-01T10:00:01Z",
                "line 13: incident MIXED: service 'search' disagrees with 'checkout' on the incident's first row");
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        ParsedImport p = read("incident_id,service,severity,title,event,at,author,text,source\r\n"
                + "A,api,SEV3,\"Slow, then \"\"down\"\"\",detected,2026-03-01T10:00:00Z,ana,\"line one\nline two\",alert\r\n"
                + "B,api,SEV3,b,detected,2026-03-01T10:00:00Z,,,\r\n"
                + "B,api,SEV3,b,closed,2026-03-01T10:00:00Z,,,,extra\r\n");

        ImportedIncident a = p.incidents().getFirst();
        assertThat(a.title()).isEqualTo("Slow, then \"down\"");
        assertThat(a.events().getFirst().text()).isEqualTo("line one\nline two");
        assertThat(p.rejections()).extracting(Rejection::describe).containsExactly("line 5: incident B: expected 9 fields, found 10");
    }

    @Test
    void headerWithoutTheRequiredColumnsFailsTheWholeFile() {
        assertThatThrownBy(() -> read("incident_id,service,title,event\nA,api,x,detected\n"))
                .hasMessage("line 1: the header lacks severity, at (expected incident_id,service,severity,title,event,at)");
    }
}
