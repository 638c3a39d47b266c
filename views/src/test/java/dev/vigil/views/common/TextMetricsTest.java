package dev.vigil.views.common;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Text measured by characters, as the pod rows and tiles draw it, against JavaFX's own layout. */
@ExtendWith(ApplicationExtension.class)
class TextMetricsTest {

    @Start
    void start(Stage stage) {
        // The toolkit only: fonts need it.
    }

    private static double laidOut(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void widthsAreTheLaidOutWidthsForLatinAndOtherScripts() {
        FxWait.run(() -> {
            Font font = Font.font(Font.getDefault().getFamily(), 12.5);
            TextMetrics m = TextMetrics.of(font);
            for (String s : new String[]{"payments-api-7f9c6d5b8-x2k9q", "CrashLoopBackOff (OOMKilled)", "10.0.3.17", "Ünïcødé ✓ 日本"}) {
                assertThat(m.width(s)).as(s).isCloseTo(laidOut(s, font), within(0.5));
            }
        });
    }

    @Test
    void aTextThatDoesNotFitKeepsAsManyCharactersAsFitWithTheEllipsis() {
        FxWait.run(() -> {
            TextMetrics m = TextMetrics.of(Font.font(Font.getDefault().getFamily(), 12.5));
            String s = "checkout-service-5d8f7c9b6-abcde";
            assertThat(m.fitting(s, m.width(s), "…")).as("fits exactly").isEqualTo(s.length());
            double room = m.width("checkout-ser") + m.width("…");
            int end = m.fitting(s, room, "…");
            assertThat(end).isEqualTo("checkout-ser".length());
            assertThat(m.width(s, end) + m.width("…")).isLessThanOrEqualTo(room);
            assertThat(m.width(s, end + 1) + m.width("…")).isGreaterThan(room);
            assertThat(m.fitting(s, 1, "…")).as("no room at all").isZero();
        });
    }
}
