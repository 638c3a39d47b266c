package dev.vigil.connectors.prometheus;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalTextTest {

    @Test
    void readsAsStringFormatDoesAwayFromExactTies() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            double v = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(7) - 2);
            int decimals = random.nextInt(4);
            double scaled = Math.abs(v) * Math.pow(10, decimals);
            if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) {
                continue; // a tie in binary: String.format rounds the exact value, which may differ by one unit
            }
            String expected = String.format(Locale.ROOT, "%." + decimals + "f", v);
            assertThat(DecimalText.fixed(v, decimals)).as("%s to %d decimals", v, decimals)
                    .isEqualTo(expected.equals("-0") || expected.matches("-0\\.0+") ? expected.substring(1) : expected);
        }
    }

    @Test
    void roundsHalfUpAndPadsTheFraction() {
        assertThat(DecimalText.fixed(2.5, 0)).isEqualTo("3");
        assertThat(DecimalText.fixed(1.05, 3)).isEqualTo("1.050");
        assertThat(DecimalText.fixed(0.004, 2)).isEqualTo("0.00");
        assertThat(DecimalText.fixed(-0.004, 2)).isEqualTo("0.00");
        assertThat(DecimalText.fixed(-12.34, 1)).isEqualTo("-12.3");
    }
}
