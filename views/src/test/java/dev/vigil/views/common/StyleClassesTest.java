package dev.vigil.views.common;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class StyleClassesTest {

    private static final List<String> LEVELS = List.of("level-error", "level-warn");

    @Start
    void start(Stage stage) {
        // The toolkit only.
    }

    @Test
    void aNodesClassOfAFamilyChangesOnlyWhenAnotherIsWanted() {
        FxWait.run(() -> {
            Label l = new Label();
            l.getStyleClass().add("cell");
            AtomicInteger changes = new AtomicInteger();
            l.getStyleClass().addListener((ListChangeListener<String>) c -> changes.incrementAndGet());

            StyleClasses.choose(l, LEVELS, "level-warn");
            int afterFirst = changes.get();
            StyleClasses.choose(l, LEVELS, "level-warn");
            assertThat(changes).as("the same class again: no change").hasValue(afterFirst);
            assertThat(l.getStyleClass()).containsExactly("label", "cell", "level-warn");

            StyleClasses.choose(l, LEVELS, "level-error");
            assertThat(l.getStyleClass()).containsExactly("label", "cell", "level-error");
            StyleClasses.choose(l, LEVELS, null);
            assertThat(l.getStyleClass()).containsExactly("label", "cell");

            // Two of a family (added by hand) come down to the one wanted.
            l.getStyleClass().addAll("svc-1", "svc-2");
            StyleClasses.chooseByPrefix(l, "svc-", "svc-2");
            assertThat(l.getStyleClass()).containsExactly("label", "cell", "svc-2");
        });
    }
}
