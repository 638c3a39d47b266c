package dev.vigil.connectors.kubernetes;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {

    @Test
    void utcTimestampsReadAsInstantParseReadsThemWithAndWithoutFractions() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            // From 1970 to 2100, with 0, 3, 6 or 9 fraction digits (trailing zeros trimmed, as Go writes them).
            Instant at = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            String text = DateTimeFormatter.ISO_INSTANT.format(at);
            assertThat(Timestamps.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leapDaysAndCenturiesLandOnTheRightDay() {
        for (String t : new String[]{"2024-02-29T23:59:59Z", "2000-03-01T00:00:00Z", "1900-01-01T00:00:00Z", "2100-12-31T12:00:00.5Z"}) {
            assertThat(Timestamps.parse(t)).as(t).isEqualTo(Instant.parse(t));
        }
    }

    @Test
    void offsetsStillParseAndNonsenseIsNull() {
        assertThat(Timestamps.parse("2026-11-22T10:00:00+02:00")).isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
        assertThat(Timestamps.parse("yesterday")).isNull();
        assertThat(Timestamps.parse("2026-13-22T10:00:00Z")).isNull();
        assertThat(Timestamps.parse("")).isNull();
        assertThat(Timestamps.parse(null)).isNull();
    }

    @Test
    void aLogLineGivesItsKubeletTimestampOrNone() {
        assertThat(Timestamps.ofLogLine("2026-11-22T09:14:03.123456789Z GET /cart 200"))
                .isEqualTo(Instant.parse("2026-11-22T09:14:03.123456789Z"));
        assertThat(Timestamps.ofLogLine("GET /cart 200")).isNull();
        assertThat(Timestamps.ofLogLine(" leading space")).isNull();
        assertThat(Timestamps.ofLogLine("")).isNull();
    }
}
