package dev.vigil.views.shell;

/**
 * What the window remembers between runs: theme, last section, last environment and geometry.
 * Geometry values are NaN when unknown (first run: the window centres itself).
 */
public record UiPreferences(Theme theme, Section section, String environment,
                            double x, double y, double width, double height, boolean maximized) {

    public static final UiPreferences DEFAULTS =
            new UiPreferences(Theme.DARK, Section.INCIDENTS, null, Double.NaN, Double.NaN, 1440, 900, false);

    public UiPreferences {
        theme = theme == null ? Theme.DARK : theme;
        section = section == null ? Section.INCIDENTS : section;
        width = Double.isNaN(width) || width < 800 ? 1440 : width;
        height = Double.isNaN(height) || height < 560 ? 900 : height;
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
