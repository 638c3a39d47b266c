package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.Alert;
import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.connectors.alerting.AlertStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-over between the source's thread and the FX thread. */
class AlertInboxTest {

    private static Alert alert(String id, AlertStatus status) {
        return new Alert(id, "t " + id, "", AlertPriority.P3, status, "s", "svc", List.of(), Map.of(), 1,
                Instant.parse("2026-11-30T10:00:00Z"), null, "", "", Map.of(), List.of(), List.of());
    }

    @Test
    void aChangeInASnapshotThatWasNeverTakenIsStillReportedWithTheNextOne() {
        AlertInbox inbox = new AlertInbox();
        inbox.put(List.of(alert("a", AlertStatus.OPEN), alert("b", AlertStatus.OPEN)));
        assertThat(inbox.take().changed()).containsExactlyInAnyOrder("a", "b");

        inbox.put(List.of(alert("a", AlertStatus.ACKNOWLEDGED), alert("b", AlertStatus.OPEN)));
        inbox.put(List.of(alert("a", AlertStatus.ACKNOWLEDGED), alert("b", AlertStatus.CLOSED)));
        AlertInbox.Taken taken = inbox.take();
        assertThat(taken.changed()).containsExactlyInAnyOrder("a", "b");
        assertThat(taken.alerts()).extracting(Alert::status).containsExactly(AlertStatus.ACKNOWLEDGED, AlertStatus.CLOSED);
        assertThat(inbox.take()).isNull();
    }

    @Test
    void anUnchangedSnapshotReportsNoChange() {
        AlertInbox inbox = new AlertInbox();
        inbox.put(List.of(alert("a", AlertStatus.OPEN)));
        inbox.take();
        inbox.put(List.of(alert("a", AlertStatus.OPEN)));
        assertThat(inbox.take().changed()).isEmpty();
    }
}
