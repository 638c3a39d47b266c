package dev.vigil.views.common;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class TickerTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void ticksAtOnceWhenItsNodeStartsShowing(FxRobot robot) {
        AtomicInteger ticks = new AtomicInteger();
        Pane node = new Pane();
        FxWait.onFx(() -> Ticker.whileShowing(node, Duration.ofMinutes(10), ticks::incrementAndGet));
        robot.interact(() -> ((Pane) stage.getScene().getRoot()).getChildren().add(node));
        FxWait.until(5, "a tick as it shows, not ten minutes later", () -> ticks.get() == 1);
    }

    @Test
    void ticksOnTheFxThreadOnlyWhileItsNodeIsInAShowingWindow(FxRobot robot) throws InterruptedException {
        AtomicInteger ticks = new AtomicInteger();
        AtomicInteger offFx = new AtomicInteger();
        Pane node = new Pane();
        Ticker ticker = FxWait.onFx(() -> Ticker.whileShowing(node, Duration.ofMillis(50), () -> {
            ticks.incrementAndGet();
            if (!javafx.application.Platform.isFxApplicationThread()) {
                offFx.incrementAndGet();
            }
        }));
        Thread.sleep(300);
        assertThat(ticker.running()).as("not in a window yet").isFalse();
        assertThat(ticks.get()).isZero();

        robot.interact(() -> ((Pane) stage.getScene().getRoot()).getChildren().add(node));
        FxWait.until(5, "three ticks", () -> ticks.get() >= 3);
        assertThat(ticker.running()).isTrue();
        assertThat(offFx.get()).isZero();

        robot.interact(stage::hide);
        assertThat(ticker.running()).as("window hidden").isFalse();
        int hidden = ticks.get();
        Thread.sleep(300);
        assertThat(ticks.get()).isLessThanOrEqualTo(hidden + 1); // at most one already on its way

        robot.interact(stage::show);
        FxWait.until(5, "ticks again", () -> ticks.get() >= hidden + 3);
        robot.interact(() -> ((Pane) stage.getScene().getRoot()).getChildren().remove(node));
        assertThat(ticker.running()).as("node taken out of the window").isFalse();
    }
}
