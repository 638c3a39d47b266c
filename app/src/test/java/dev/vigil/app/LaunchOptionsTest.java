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
    void aFlagWithoutItsValueIsAnError() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--config"))).hasMessageContaining("--config needs a value");
    }
}
