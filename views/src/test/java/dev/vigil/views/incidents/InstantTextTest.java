package dev.vigil.views.incidents;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstantTextTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:30:15Z");

    @Test
    void minutesAgoCountBackFromNow() {
        assertThat(InstantText.parse("-15m", NOW)).isEqualTo(Instant.parse("2026-11-22T10:15:15Z"));
        assertThat(InstantText.parse("- 2h", NOW)).isEqualTo(Instant.parse("2026-11-22T08:30:15Z"));
    }

    @Test
    void aClockTimeMeansTodayInUtc() {
        assertThat(InstantText.parse("09:52", NOW)).isEqualTo(Instant.parse("2026-11-22T09:52:00Z"));
        assertThat(InstantText.parse("9:52", NOW)).isEqualTo(Instant.parse("2026-11-22T09:52:00Z"));
    }

    @Test
    void dateTimesAreUtcUnlessTheyCarryAnOffset() {
        assertThat(InstantText.parse("2026-11-21 23:05", NOW)).isEqualTo(Instant.parse("2026-11-21T23:05:00Z"));
        assertThat(InstantText.parse("2026-11-21T23:05:00+01:00", NOW)).isEqualTo(Instant.parse("2026-11-21T22:05:00Z"));
        assertThat(InstantText.parse(InstantText.format(NOW), NOW)).isEqualTo(NOW);
    }

    @Test
    void nonsenseSaysWhatIsAccepted() {
        assertThatThrownBy(() -> InstantText.parse("yesterday-ish", NOW))
                .hasMessageContaining("'yesterday-ish' is not a time").hasMessageContaining("-15m");
    }
}
