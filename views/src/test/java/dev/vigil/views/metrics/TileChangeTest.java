package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.Thresholds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TileChangeTest {

    @Test
    void riseOnAHigherIsWorseMetricIsWorse() {
        TileChange c = TileChange.between(120, 100, new Thresholds(0.3, 0.5), ComparePeriod.ONE_HOUR);

        assertThat(c.text()).isEqualTo("▲ 20 % vs 1 h ago");
        assertThat(c.worse()).isTrue();
    }

    @Test
    void dropOnALowerIsWorseMetricIsWorse() {
        TileChange c = TileChange.between(95, 100, new Thresholds(90.0, 50.0), ComparePeriod.ONE_DAY);

        assertThat(c.text()).isEqualTo("▼ 5.0 % vs 1 d ago");
        assertThat(c.worse()).isTrue();
    }

    @Test
    void unknownEarlierValueShowsNoChange() {
        assertThat(TileChange.between(5, Double.NaN, Thresholds.NONE, ComparePeriod.ONE_HOUR)).isEqualTo(TileChange.NONE);
    }

    @Test
    void tinyMovesReadAsUnchanged() {
        assertThat(TileChange.between(100.2, 100, Thresholds.NONE, ComparePeriod.ONE_HOUR).direction()).isZero();
    }
}
