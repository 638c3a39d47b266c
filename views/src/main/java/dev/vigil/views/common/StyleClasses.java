package dev.vigil.views.common;

import javafx.collections.ObservableList;
import javafx.css.Styleable;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * Gives a node one style class out of a family (a level, a state, a priority), changing its style
 * classes only when that class changes. A changed style class makes a node look up its whole style
 * again, and cells are handed their item again whenever their list changes: a cell that removed its
 * class and added it back on every update re-styled every cell on screen each time (in the alerts
 * bench, a third of a poll's frame).
 */
public final class StyleClasses {

    private StyleClasses() {
    }

    /** Makes {@code wanted} (null: none) the only class of {@code family} that {@code node} has. */
    public static void choose(Styleable node, Collection<String> family, String wanted) {
        choose(node, family::contains, wanted);
    }

    /** Makes {@code wanted} (null: none) the only class starting with {@code prefix} that {@code node} has. */
    public static void chooseByPrefix(Styleable node, String prefix, String wanted) {
        choose(node, c -> c.startsWith(prefix), wanted);
    }

    private static void choose(Styleable node, Predicate<String> family, String wanted) {
        ObservableList<String> classes = node.getStyleClass();
        int members = 0;
        boolean has = false;
        for (String c : classes) {
            if (family.test(c)) {
                members++;
                has |= c.equals(wanted);
            }
        }
        if (wanted == null ? members == 0 : has && members == 1) {
            return;
        }
        classes.removeIf(family);
        if (wanted != null) {
            classes.add(wanted);
        }
    }
}
