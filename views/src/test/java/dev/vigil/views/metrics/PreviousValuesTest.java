package dev.vigil.views.metrics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PreviousValuesTest {

    private final Instant t0 = Instant.parse("2026-11-22T03:00:00Z");

    @Test
    void valueIsAskedAgainOnlyAfterAQuarterPeriodCappedAtThirtySeconds() {
        PreviousValues values = new PreviousValues();
        assertThat(values.due("a/rpm", ComparePeriod.ONE_HOUR, t0)).isTrue();

        values.put("a/rpm", ComparePeriod.ONE_HOUR, 42, t0);

        assertThat(values.get("a/rpm", ComparePeriod.ONE_HOUR)).isEqualTo(42);
        assertThat(values.due("a/rpm", ComparePeriod.ONE_HOUR, t0.plusSeconds(1))).isFalse();
        assertThat(values.due("a/rpm", ComparePeriod.ONE_HOUR, t0.plusSeconds(30))).isTrue();
        assertThat(values.due("a/rpm", ComparePeriod.ONE_DAY, t0.plusSeconds(1))).isTrue(); // another period
    }

    @Test
    void tilesFetchedTogetherFallDueOnDifferentRefreshes() {
        PreviousValues values = new PreviousValues();
        IntStream.range(0, 48).forEach(i -> values.put("svc/" + i, ComparePeriod.ONE_HOUR, i, t0));

        long dueAfterTenSeconds = IntStream.range(0, 48)
                .filter(i -> values.due("svc/" + i, ComparePeriod.ONE_HOUR, t0.plusSeconds(10))).count();

        assertThat(dueAfterTenSeconds).isBetween(1L, 47L);
    }
}
