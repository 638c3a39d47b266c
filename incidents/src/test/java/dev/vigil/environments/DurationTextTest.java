package dev.vigil.environments;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationTextTest {
    @Test
    void shortFormsReadAsSecondsMinutesHoursAndDays() {
        assertThat(DurationText.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationText.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("4h")).isEqualTo(Duration.ofHours(4));
        assertThat(DurationText.parse("3d")).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void isoDurationsAreAccepted() {
        assertThat(DurationText.parse("PT5M")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("pt1h30m")).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void otherTextIsRejectedWithTheAcceptedForms() {
        assertThatThrownBy(() -> DurationText.parse("5 minutes")).hasMessageContaining("expected e.g. 90s, 5m, 4h, 3d or PT1H30M");
        assertThatThrownBy(() -> DurationText.parse("P")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatPicksTheLargestExactUnitAndReadsBack() {
        assertThat(DurationText.format(Duration.ofMinutes(120))).isEqualTo("2h");
        assertThat(DurationText.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(DurationText.format(Duration.ofDays(7))).isEqualTo("7d");
        Duration odd = Duration.ofMillis(1500);
        assertThat(DurationText.parse(DurationText.format(odd))).isEqualTo(odd);
    }
}
