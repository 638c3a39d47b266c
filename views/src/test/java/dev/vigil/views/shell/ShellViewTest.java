package dev.vigil.views.shell;

import com.sun.scenario.animation.AbstractPrimaryTimer;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.FxWait;
import javafx.animation.Animation;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {

    private ShellViewModel model;
    private Stage stage;
    private Set<Animation> animationsBefore;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // Earlier test classes can leave animations running (a detached text field's caret keeps blinking).
        animationsBefore = runningAnimations();
        EnvironmentsModel environments = new EnvironmentsModel(Path.of("/tmp/vigil-test/environments.yaml"));
        environments.load(TestEnvironments.loaded(), null);
        model = new ShellViewModel(environments, TestEnvironments.fixedHealth(), FxThread.executor());
        ShellView view = new ShellView(model, section -> new SectionPlaceholder(section, model), Clock.systemUTC());
        stage.setScene(new Scene(view, 1000, 760));
        stage.show();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void clickingEachSidebarEntryShowsItsSection(FxRobot robot) {
        for (Section section : Section.values()) {
            robot.clickOn("#nav-" + section.id());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(model.sectionProperty().get()).isEqualTo(section);
            assertThat(text(robot, "#section-title")).isEqualTo(section.title());
            Node shown = robot.lookup("#section-content").queryParent().getChildrenUnmodifiable().getFirst();
            assertThat(shown.getId()).isEqualTo(section.id() + "-view");
        }
    }

    @Test
    void ctrlDigitJumpsToTheNumberedSection(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.sectionProperty().get()).isEqualTo(Section.LOGS);
    }

    @Test
    void paletteOpensWithCtrlKAndEnterRunsTheBestMatch(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#command-palette").query().isVisible()).isTrue();

        robot.clickOn("#palette-input").write("go metr");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.sectionProperty().get()).isEqualTo(Section.METRICS);
        assertThat(robot.lookup("#command-palette").query().isVisible()).isFalse();
    }

    @Test
    void paletteSwitchesEnvironmentAndProductionTurnsTheHeaderRed(FxRobot robot) {
        assertThat(robot.lookup("#header").query().getStyleClass()).doesNotContain("production");
        robot.clickOn("#palette-button");
        robot.write("switch production");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.environments().active().name()).isEqualTo("production");
        assertThat(robot.lookup("#header").query().getStyleClass()).contains("production");
        assertThat(text(robot, "#tier-badge")).isEqualTo("PRODUCTION");
    }

    @Test
    void environmentSwitcherMenuChangesTheActiveEnvironment(FxRobot robot) {
        robot.clickOn("#env-switcher");
        robot.clickOn("production  ·  production");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.environments().active().name()).isEqualTo("production");
        assertThat(robot.lookup("#env-switcher").queryLabeled().getText()).isEqualTo("production");
    }

    @Test
    void escapeClosesThePaletteWithoutRunningAnything(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("settings");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.paletteOpenProperty().get()).isFalse();
        assertThat(model.sectionProperty().get()).isEqualTo(Section.INCIDENTS);
    }

    @Test
    void questionMarkShowsTheShortcutsAndEscapeHidesThem(FxRobot robot) {
        robot.clickOn("#section-title");
        robot.write("?");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcuts-overlay").query().isVisible()).isTrue();
        assertThat(robot.lookup("Ctrl+K").tryQuery()).isPresent();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcuts-overlay").query().isVisible()).isFalse();
    }

    @Test
    void statusBarShowsOneHealthDotPerConfiguredConnector(FxRobot robot) {
        // staging configures a cluster, metrics and logs, but no alerting.
        assertThat(robot.lookup("#health-cluster").tryQuery()).isPresent();
        assertThat(robot.lookup("#health-metrics").tryQuery()).isPresent();
        assertThat(robot.lookup("#health-logs").tryQuery()).isPresent();
        assertThat(robot.lookup("#health-alerts").tryQuery()).isEmpty();
        assertThat(robot.lookup("#health-metrics .health-dot").query().getStyleClass()).contains("health-ok");
        assertThat(robot.lookup("#health-logs .health-dot").query().getStyleClass()).contains("health-down");
        assertThat(robot.lookup("#health-metrics").queryLabeled().getTooltip().getText()).contains("127.0.0.1:19090");
    }

    @Test
    void anIdleWindowPulsesOnlyWhenItsClockMoves(FxRobot robot) throws InterruptedException {
        // A running Timeline, even one with a single key frame a second, keeps the toolkit pulsing 60 times a
        // second (each pulse a CSS, layout and bounds pass over the scene); the window's clocks tick from a timer.
        AtomicInteger pulses = new AtomicInteger();
        Runnable count = pulses::incrementAndGet;
        Thread.sleep(1_000);
        String clock = text(robot, "#status-clock");
        robot.interact(() -> stage.getScene().addPostLayoutPulseListener(count));
        Thread.sleep(3_000);
        robot.interact(() -> stage.getScene().removePostLayoutPulseListener(count));
        Set<Animation> running = FxWait.onFx(ShellViewTest::runningAnimations);
        List<String> added = running.stream().filter(a -> !animationsBefore.contains(a)).map(ShellViewTest::describe).toList();
        assertThat(added).as("animations the shell keeps running").isEmpty();
        if (animationsBefore.isEmpty()) {
            assertThat(pulses.get()).as("pulses in 3 s of an idle window").isLessThan(30);
        }
        assertThat(text(robot, "#status-clock")).as("the clock still ticks").isNotEqualTo(clock);
    }

    /** What keeps the toolkit pulsing: the running animations (toolkit internals; tests run on the class path). FX thread. */
    private static Set<Animation> runningAnimations() {
        Set<Animation> out = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            Object timer = com.sun.javafx.tk.Toolkit.getToolkit().getPrimaryTimer();
            Field receivers = AbstractPrimaryTimer.class.getDeclaredField("receivers");
            receivers.setAccessible(true);
            for (Object record : (Object[]) receivers.get(timer)) {
                if (record == null) {
                    continue;
                }
                Method receiver = record.getClass().getSuperclass().getDeclaredMethod("receiver");
                receiver.setAccessible(true);
                Object r = receiver.invoke(record);
                for (Field f : r.getClass().getDeclaredFields()) {
                    f.setAccessible(true);
                    if (f.get(r) instanceof Animation animation) {
                        out.add(animation);
                    }
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot list the toolkit's running animations", e);
        }
        return out;
    }

    private static String describe(Animation a) {
        return a instanceof Timeline t
                ? "Timeline" + t.getKeyFrames().stream().map(k -> k.getTime() + " " + k.getOnFinished()).toList()
                : a.getClass().getName();
    }

    @Test
    void themeToggleSwitchesBetweenDarkAndLight(FxRobot robot) {
        assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(robot.lookup("#shell").query().getStyleClass()).contains("theme-light");
    }

    @Test
    void aConnectorsLiveHealthReplacesTheProbesDotAndLeavesTheOthers(FxRobot robot) {
        robot.interact(() -> model.reportHealth(new dev.vigil.connectors.health.ConnectorHealth("Logs", "opensearch",
                dev.vigil.connectors.health.HealthState.DEGRADED, "rate-limited, retry in 7 s", java.time.Instant.now())));
        assertThat(robot.lookup("#health-logs .health-dot").query().getStyleClass()).contains("health-degraded");
        assertThat(robot.lookup("#health-logs").queryLabeled().getTooltip().getText()).contains("retry in 7 s");
        assertThat(robot.lookup("#health-metrics .health-dot").query().getStyleClass()).contains("health-ok");
    }

    @Test
    void aSectionsBadgeShowsItsCountOnTheSidebarAndHidesAtZero(FxRobot robot) {
        robot.interact(() -> model.badgeProperty(Section.ALERTS).set(3));
        Label badge = robot.lookup("#nav-alerts-badge").queryAs(Label.class);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("3");
        robot.interact(() -> model.badgeProperty(Section.ALERTS).set(0));
        assertThat(badge.isVisible()).isFalse();
    }
}
