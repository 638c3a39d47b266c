package dev.vigil.app;

import dev.vigil.views.shell.Section;
import dev.vigil.views.shell.Theme;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTest {

    @Test
    void readsWindowOptionsAndLeavesTheCommand() {
        LaunchOptions o = LaunchOptions.parse(List.of("--config", "/etc/vigil.yaml", "--view", "metrics", "--theme", "light", "shot.png"));
        assertThat(o.configFile()).contains(Path.of("/etc/vigil.yaml"));
        assertThat(o.view()).contains(Section.METRICS);
        assertThat(o.theme()).contains(Theme.LIGHT);
        assertThat(o.rest()).containsExactly("shot.png");
    }

    @Test
    void anUnknownViewNamesTheViewsThatExist() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--view", "dashboards")))
                .hasMessageContaining("dashboards").hasMessageContaining("incidents, cluster, metrics");
    }

    @Test
    void aDrillAndItsSpeedAreReadAndAnUnknownDrillNamesTheKnownOnes() {
        LaunchOptions o = LaunchOptions.parse(List.of("--drill", "checkout-oom", "--drill-speed", "5"));
        assertThat(o.drill()).hasValueSatisfying(d -> {
            assertThat(d.scenario().id()).isEqualTo("checkout-oom");
            assertThat(d.speed()).isEqualTo(5.0);
        });
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--drill", "fire")))
                .hasMessageContaining("'fire'").hasMessageContaining("payments-latency, checkout-oom");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--drill", "checkout-oom", "--drill-speed", "0")))
                .hasMessageContaining("from 1 to 1000");
    }

    @Test
    void aFlagWithoutItsValueIsAnError() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--config"))).hasMessageContaining("--config needs a value");
    }
}
