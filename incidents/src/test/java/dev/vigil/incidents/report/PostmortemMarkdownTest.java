package dev.vigil.incidents.report;

import dev.vigil.environments.ReliabilitySettings;
import dev.vigil.incidents.EventEdit;
import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.Evidence;
import dev.vigil.incidents.EvidenceKind;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.IncidentStatus;
import dev.vigil.incidents.Role;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.TimelineEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PostmortemMarkdownTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static TimelineEvent event(long id, EventKind kind, int minutes, String text, List<EventEdit> edits) {
        return new TimelineEvent(id, "INC-9", kind, T0.plusSeconds(60L * minutes), "ana", text, EventSource.MANUAL, edits);
    }

    @Test
    void containsFactsFiguresTheWholeTimelineAndTheSectionsPeopleWrite() {
        Incident incident = new Incident("INC-9", "Payments | timeouts", "payments", Severity.SEV1, "production",
                IncidentStatus.RESOLVED, T0, Map.of(Role.COMMANDER, "ana"), List.of("customer-facing"),
                List.of(new Evidence(1, "INC-9", EvidenceKind.POD, "pod payments/api-1 OOMKilled", "restarts: 7",
                        "cluster:payments/api-1", T0.plusSeconds(600), "ana")));
        List<TimelineEvent> timeline = List.of(
                event(1, EventKind.IMPACT_STARTED, -8, null,
                        List.of(new EventEdit(T0.minusSeconds(120), T0.minusSeconds(480), "bo", T0.plusSeconds(900)))),
                event(2, EventKind.DETECTED, 0, "Payments | timeouts", List.of()),
                event(3, EventKind.ACKNOWLEDGED, 7, null, List.of()),
                event(4, EventKind.NOTE, 12, "rolled back\nto v41", List.of()),
                event(5, EventKind.RESOLVED, 40, null, List.of()));

        String md = PostmortemMarkdown.render(incident, timeline,
                ReliabilitySettings.DEFAULTS.target(Severity.SEV1), T0.plusSeconds(3600));

        assertThat(md).startsWith("# Postmortem: INC-9 — Payments | timeouts");
        assertThat(md).contains("| Commander | ana |");
        assertThat(md).contains("| Time to detect | 8m 00s |");
        // Acknowledged after 7 minutes against a 5-minute SEV1 target.
        assertThat(md).contains("| Time to acknowledge | 7m 00s | detected → acknowledged | **breached** (5m 00s) |");
        assertThat(md).contains("| Time to recover | 48m 00s |");
        assertThat(md).contains("| 2026-03-01 10:12:00 | note | ana | manual | rolled back<br>to v41 |");
        assertThat(md).contains("Payments \\| timeouts |");
        assertThat(md).contains("_(moved from 2026-03-01 09:58:00 by bo)_");
        assertThat(md).contains("**pod** pod payments/api-1 OOMKilled");
        assertThat(md).contains("## Contributing factors").contains("## Follow-ups");
    }
}
