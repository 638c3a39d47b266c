package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.Thresholds;
import dev.vigil.views.shell.Theme;
import javafx.scene.paint.Color;

/**
 * TilesFX paints with colours set in code, not CSS, so the tiles take Primer's palette from here: the
 * same values AtlantaFX uses for the theme's surfaces, text and status colours.
 */
record TilePalette(Color background, Color title, Color text, Color muted, Color grid, Color accent, Color ok, Color warn,
                   Color critical) {

    static TilePalette of(Theme theme) {
        return theme == Theme.LIGHT
                ? new TilePalette(Color.web("#f6f8fa"), Color.web("#57606a"), Color.web("#1f2328"), Color.web("#6e7781"),
                        Color.web("#d0d7de"), Color.web("#0969da"), Color.web("#1a7f37"), Color.web("#9a6700"), Color.web("#cf222e"))
                : new TilePalette(Color.web("#161b22"), Color.web("#8b949e"), Color.web("#e6edf3"), Color.web("#7d8590"),
                        Color.web("#30363d"), Color.web("#58a6ff"), Color.web("#3fb950"), Color.web("#d29922"), Color.web("#f85149"));
    }

    Color levelColour(Thresholds.Level level) {
        return switch (level) {
            case OK -> ok;
            case WARN -> warn;
            case CRITICAL -> critical;
            case NONE -> accent;
        };
    }
}
