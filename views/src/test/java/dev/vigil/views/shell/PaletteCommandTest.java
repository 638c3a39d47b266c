package dev.vigil.views.shell;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;

import static org.assertj.core.api.Assertions.assertThat;

class PaletteCommandTest {

    private static PaletteCommand command(String title, String group) {
        return new PaletteCommand(title, group, Feather.ACTIVITY, "", () -> { });
    }

    @Test
    void fuzzyQueryMatchesCharactersInOrder() {
        assertThat(command("Go to Metrics", "Navigate").score("gtm")).isPositive();
        assertThat(command("Go to Metrics", "Navigate").score("mtg")).isNegative();
    }

    @Test
    void titlePrefixRanksAboveAScatteredMatch() {
        PaletteCommand prefix = command("Switch environment: production", "Environment");
        PaletteCommand scattered = command("Show keyboard shortcuts", "Help");
        assertThat(prefix.score("swi")).isGreaterThan(scattered.score("swi"));
    }

    @Test
    void emptyQueryMatchesEverything() {
        assertThat(command("Go to Logs", "Navigate").score("")).isZero();
    }
}
