package dev.vigil.views.cluster;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MergedLogsTest {

    @Test
    void theKubeletTimestampOrdersTheLineAndIsShownOnlyWhenAsked() {
        MergedLogs.Timed hidden = MergedLogs.timed("checkout-a1", 2, "2026-11-22T10:00:01.25Z GET /cart 200", false);
        assertThat(hidden.at()).isEqualTo(Instant.parse("2026-11-22T10:00:01.250Z"));
        assertThat(hidden.text()).isEqualTo("GET /cart 200");
        assertThat(hidden.colour()).isEqualTo(2);
        assertThat(MergedLogs.timed("checkout-a1", 0, "2026-11-22T10:00:01Z GET /cart 200", true).text())
                .isEqualTo("2026-11-22T10:00:01Z GET /cart 200");
        assertThat(MergedLogs.timed("checkout-a1", 0, "no timestamp here", false).at()).isNull();
    }

    @Test
    void aPodsShortNameIsWhatFollowsItsWorkload() {
        assertThat(PodLogsPane.shortName("checkout-7f9c-x2k9q", "Deployment/checkout")).isEqualTo("7f9c-x2k9q");
        assertThat(PodLogsPane.shortName("accounts-0", "StatefulSet/accounts")).isEqualTo("0");
        assertThat(PodLogsPane.shortName("other", "Deployment/checkout")).isEqualTo("other");
    }
}
