package dev.vigil.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
    }

    @Test
    void anUnknownCommandExitsNonZeroWithOneClearLine() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown command 'frobnicate'").contains("--help");
    }

    @Test
    void aBadViewNameExitsNonZeroBeforeAnyWindowOpens() {
        assertThat(run("--view", "nowhere")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown view 'nowhere'");
    }

    @Test
    void screenshotWithoutAPngPathExplainsItsUsage() {
        assertThat(run("screenshot", "--view", "incidents")).isEqualTo(2);
        assertThat(err.toString()).contains("usage: screenshot");
    }
}
