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

        values.put("a/rpm", "rpm", ComparePeriod.ONE_HOUR, 42, t0);

        assertThat(values.get("a/rpm", ComparePeriod.ONE_HOUR)).isEqualTo(42);
        assertThat(values.due("a/rpm", ComparePeriod.ONE_HOUR, t0.plusSeconds(1))).isFalse();
        assertThat(values.due("a/rpm", ComparePeriod.ONE_HOUR, t0.plusSeconds(30))).isTrue();
        assertThat(values.due("a/rpm", ComparePeriod.ONE_DAY, t0.plusSeconds(1))).isTrue(); // another period
    }

    @Test
    void metricsFetchedTogetherFallDueOnDifferentRefreshes() {
        PreviousValues values = new PreviousValues();
        IntStream.range(0, 48).forEach(i -> values.put("svc/m" + i, "m" + i, ComparePeriod.ONE_HOUR, i, t0));

        long dueAfterTenSeconds = IntStream.range(0, 48)
                .filter(i -> values.due("svc/m" + i, ComparePeriod.ONE_HOUR, t0.plusSeconds(10))).count();

        assertThat(dueAfterTenSeconds).isBetween(1L, 47L);
    }

    @Test
    void theSameMetricOfEveryServiceFallsDueTogetherSoOneSharedQueryAsksForAll() {
        PreviousValues values = new PreviousValues();
        IntStream.range(0, 8).forEach(i -> values.put("svc-" + i + "/latency_p95", "latency_p95", ComparePeriod.ONE_HOUR, i, t0));

        for (int second = 0; second <= 30; second++) {
            Instant at = t0.plusSeconds(second);
            long due = IntStream.range(0, 8).filter(i -> values.due("svc-" + i + "/latency_p95", ComparePeriod.ONE_HOUR, at)).count();
            assertThat(due).as("due at +%d s", second).isIn(0L, 8L);
        }
    }
}
