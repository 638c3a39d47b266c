package dev.vigil.views.shell;

import org.kordamp.ikonli.Ikon;

import java.util.Locale;

/**
 * One entry of the command palette: what it says, which group it belongs to, its shortcut (for
 * display; may be empty) and what it does.
 */
public record PaletteCommand(String title, String group, Ikon icon, String shortcut, Runnable action) {

    /**
     * How well {@code query} matches: -1 for no match; higher is better. Every query character must
     * appear in order (fuzzy, as in VS Code and Linear); matches at word starts and contiguous runs rank higher.
     */
    public int score(String query) {
        if (query == null || query.isBlank()) {
            return 0;
        }
        String text = (group + " " + title).toLowerCase(Locale.ROOT);
        String q = query.toLowerCase(Locale.ROOT).replace(" ", "");
        int score = 0;
        int at = 0;
        int previous = -2;
        for (char c : q.toCharArray()) {
            int found = text.indexOf(c, at);
            if (found < 0) {
                return -1;
            }
            score += 1;
            if (found == previous + 1) {
                score += 3;
            }
            if (found == 0 || text.charAt(found - 1) == ' ' || text.charAt(found - 1) == ':') {
                score += 5;
            }
            previous = found;
            at = found + 1;
        }
        if (title.toLowerCase(Locale.ROOT).startsWith(query.toLowerCase(Locale.ROOT))) {
            score += 20;
        }
        return score;
    }
}
