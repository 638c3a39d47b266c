package dev.vigil.views.settings;

import dev.vigil.environments.ConfigProblem;
import dev.vigil.environments.Environment;
import dev.vigil.environments.EnvironmentsFile;
import dev.vigil.environments.LoadResult;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.shell.EnvironmentsModel;
import dev.vigil.views.shell.TestEnvironments;
import dev.vigil.views.shell.Theme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private Path file;
    private EnvironmentsModel environments;
    private SettingsViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        file = Files.createTempDirectory("vigil-settings").resolve("environments.yaml");
        EnvironmentsFile.save(file, TestEnvironments.config());
        environments = new EnvironmentsModel(file);
        environments.load(EnvironmentsFile.load(file), null);
        model = new SettingsViewModel(environments, cfg -> EnvironmentsFile.save(file, cfg), io, FxThread.executor());
        SettingsView view = new SettingsView(model, new SimpleObjectProperty<>(Theme.DARK), () -> { });
        stage.setScene(new Scene(view, 1000, 1000));
        stage.show();
    }

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    private void awaitSaved() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.statusProperty().get() != null && !model.savingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void addingAnEnvironmentWritesItToTheFileAndOffersItInTheSwitcher(FxRobot robot) throws Exception {
        robot.clickOn("#add-environment");
        robot.clickOn("#field-name").write("qa");
        robot.clickOn("#field-prometheus-url").write("http://127.0.0.1:9090");
        robot.clickOn("#field-kubeContext").write("qa-cluster");
        robot.clickOn("#save-environment");
        awaitSaved();

        assertThat(model.statusProperty().get().error()).isFalse();
        LoadResult reread = EnvironmentsFile.load(file);
        assertThat(reread.problems()).isEmpty();
        Environment qa = reread.config().find("qa").orElseThrow();
        assertThat(qa.prometheus().url().toString()).isEqualTo("http://127.0.0.1:9090");
        assertThat(qa.kubeContext()).isEqualTo("qa-cluster");
        assertThat(reread.config().find("staging")).isPresent();
        assertThat(environments.selectable()).extracting(Environment::name).contains("qa", "staging", "production");
    }

    @Test
    void anAlertmanagerWithMatchersIsSavedWithItsQuery(FxRobot robot) throws Exception {
        robot.clickOn("#add-environment");
        robot.clickOn("#field-name").write("qa");
        robot.interact(() -> {
            robot.lookup("#field-alerting-provider").queryComboBox().getSelectionModel()
                    .select(dev.vigil.environments.AlertProvider.ALERTMANAGER);
            robot.lookup("#field-alerting-url").queryTextInputControl().setText("http://127.0.0.1:9093");
            robot.lookup("#field-alerting-query").queryTextInputControl().setText("team=\"payments\"");
        });
        robot.interact(() -> robot.lookup("#save-environment").queryButton().fire());
        awaitSaved();

        assertThat(model.statusProperty().get().error()).isFalse();
        Environment qa = EnvironmentsFile.load(file).config().find("qa").orElseThrow();
        assertThat(qa.alerting().provider()).isEqualTo(dev.vigil.environments.AlertProvider.ALERTMANAGER);
        assertThat(qa.alerting().query()).isEqualTo("team=\"payments\"");
        assertThat(Files.readString(file)).contains("query:");
    }

    @Test
    void aUrlThatIsNotHttpIsShownOnItsFieldAndNothingIsWritten(FxRobot robot) throws Exception {
        String before = Files.readString(file);
        robot.clickOn("#add-environment");
        robot.clickOn("#field-name").write("qa");
        robot.clickOn("#field-prometheus-url").write("ftp://prometheus");
        robot.clickOn("#save-environment");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#error-prometheus-url").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("http");
        assertThat(model.statusProperty().get().error()).isTrue();
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void aSecondEnvironmentWithAnExistingNameIsRefused(FxRobot robot) {
        robot.clickOn("#add-environment");
        robot.clickOn("#field-name").write("production");
        robot.clickOn("#save-environment");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#error-name").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("production");
    }

    @Test
    void removingAnEnvironmentAsksFirstThenRewritesTheFile(FxRobot robot) throws Exception {
        robot.interact(() -> model.select(environments.find("production").orElseThrow()));
        robot.clickOn("#remove-environment");
        robot.clickOn("OK");
        awaitSaved();

        assertThat(EnvironmentsFile.load(file).config().find("production")).isEmpty();
        assertThat(EnvironmentsFile.load(file).config().find("staging")).isPresent();
        assertThat(environments.find("production")).isEmpty();
    }

    @Test
    void makeActiveSwitchesTheConsoleToTheSelectedEnvironment(FxRobot robot) {
        robot.interact(() -> model.select(environments.find("production").orElseThrow()));
        robot.clickOn("#activate-environment");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(environments.active().name()).isEqualTo("production");
    }

    @Test
    void aFileWithProblemsCannotBeOverwrittenFromTheForm(FxRobot robot) {
        robot.interact(() -> environments.load(new LoadResult(TestEnvironments.config(),
                List.of(new ConfigProblem(file, 7, 5, "unknown key 'promethues'")), true), null));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#settings-locked").query().isVisible()).isTrue();
        assertThat(robot.lookup("#save-environment").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#add-environment").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#remove-environment").query().isDisabled()).isTrue();
    }

    @Test
    void theBuiltInDemoIsShownReadOnly(FxRobot robot) {
        robot.interact(() -> model.select(environments.find("demo").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-heading").queryAs(Label.class).getText()).contains("read-only");
        assertThat(robot.lookup("#save-environment").query().isDisabled()).isTrue();
    }
}
