package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.AlertPriority;
import dev.vigil.connectors.alerting.AlertStatus;
import dev.vigil.views.common.FxWait;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class AlertChipsTest {

    @Start
    void start(Stage stage) {
        // The toolkit only.
    }

    @Test
    void aChipIsRestyledOnlyWhenItsPriorityOrStatusChanges() {
        FxWait.run(() -> {
            Label chip = AlertChips.priority(AlertPriority.P1);
            Label pill = AlertChips.status(AlertStatus.OPEN);
            AtomicInteger changes = new AtomicInteger();
            chip.getStyleClass().addListener((ListChangeListener<String>) c -> changes.incrementAndGet());
            pill.getStyleClass().addListener((ListChangeListener<String>) c -> changes.incrementAndGet());

            // The table hands a row the alert it already shows: nothing to look up again.
            AlertChips.restylePriority(chip, AlertPriority.P1);
            AlertChips.restyleStatus(pill, AlertStatus.OPEN);
            assertThat(changes).hasValue(0);

            AlertChips.restylePriority(chip, AlertPriority.P3);
            AlertChips.restyleStatus(pill, AlertStatus.ACKNOWLEDGED);
            assertThat(chip.getStyleClass()).containsExactly("label", "prio-chip", "prio-p3");
            assertThat(chip.getText()).isEqualTo("P3");
            assertThat(pill.getStyleClass()).containsExactly("label", "alert-status", "alert-status-acknowledged");
            assertThat(pill.getText()).isEqualTo(AlertStatus.ACKNOWLEDGED.title());
        });
    }
}
