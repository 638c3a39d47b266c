package dev.vigil.environments;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VigilDirsTest {
    private static final Path HOME = Path.of("/home/ops");

    @Test
    void withoutVariablesTheXdgDefaultsUnderHomeAreUsed() {
        VigilDirs dirs = VigilDirs.from(Map.of(), HOME);

        assertThat(dirs.environmentsFile()).isEqualTo(Path.of("/home/ops/.config/vigil/environments.yaml"));
        assertThat(dirs.incidentDatabase()).isEqualTo(Path.of("/home/ops/.local/share/vigil/incidents.db"));
        assertThat(dirs.logFile()).isEqualTo(Path.of("/home/ops/.local/state/vigil/vigil.log"));
    }

    @Test
    void xdgVariablesMoveEachDirectory() {
        VigilDirs dirs = VigilDirs.from(Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data", "XDG_STATE_HOME", "/state"), HOME);

        assertThat(dirs).isEqualTo(new VigilDirs(Path.of("/cfg/vigil"), Path.of("/data/vigil"), Path.of("/state/vigil")));
    }

    @Test
    void blankXdgVariableCountsAsUnset() {
        assertThat(VigilDirs.from(Map.of("XDG_CONFIG_HOME", " "), HOME).config()).isEqualTo(Path.of("/home/ops/.config/vigil"));
    }

    @Test
    void vigilHomePutsEverythingUnderOneFolderAndWinsOverXdg() {
        VigilDirs dirs = VigilDirs.from(Map.of("VIGIL_HOME", "/opt/vigil-portable", "XDG_CONFIG_HOME", "/cfg"), HOME);

        assertThat(dirs).isEqualTo(VigilDirs.under(Path.of("/opt/vigil-portable")));
        assertThat(dirs.environmentsFile()).isEqualTo(Path.of("/opt/vigil-portable/config/environments.yaml"));
    }
}
