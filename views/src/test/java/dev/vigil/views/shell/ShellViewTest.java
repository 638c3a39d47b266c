package dev.vigil.views.shell;

import dev.vigil.views.common.FxThread;
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

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {

    private ShellViewModel model;

    @Start
    void start(Stage stage) {
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
