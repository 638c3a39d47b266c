package dev.vigil.views.logs;

import dev.vigil.connectors.logs.LogHit;
import dev.vigil.views.common.StyleClasses;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Table cells of the result table: the level as a coloured tag, the message with the query's words marked. */
final class LogCells {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private LogCells() {
    }

    /** The style classes a level can give a cell. */
    static final java.util.List<String> LEVELS = java.util.List.of("level-error", "level-warn", "level-debug", "level-info");

    static String levelClass(String level) {
        String l = level == null ? "" : level.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "error", "fatal", "critical" -> "level-error";
            case "warn", "warning" -> "level-warn";
            case "debug", "trace" -> "level-debug";
            default -> "level-info";
        };
    }

    static final class Level extends TableCell<LogHit, String> {
        @Override
        protected void updateItem(String level, boolean empty) {
            super.updateItem(level, empty);
            setText(empty || level == null ? null : level);
            StyleClasses.choose(this, LEVELS, empty || level == null ? null : levelClass(level));
        }
    }

    /** The message, one line, each match of the query's words in a highlighted run. */
    static final class Message extends TableCell<LogHit, String> {
        private final ReadOnlyObjectProperty<List<String>> terms;
        // One line, never wrapped: a TextFlow would wrap a long message at the column's width and centre
        // the two lines in the row, pushing the visible one up.
        private final HBox flow = new HBox();

        Message(ReadOnlyObjectProperty<List<String>> terms) {
            this.terms = terms;
            flow.setAlignment(Pos.CENTER_LEFT);
            flow.setMinWidth(0);
            flow.getStyleClass().add("log-message");
            setAlignment(Pos.CENTER_LEFT);
            setGraphic(null);
        }

        @Override
        protected void updateItem(String message, boolean empty) {
            super.updateItem(message, empty);
            setText(null);
            if (empty || message == null) {
                setGraphic(null);
                return;
            }
            String oneLine = message.length() > 400 ? message.substring(0, 400) + "…" : message.replace('\n', ' ');
            List<int[]> spans = QueryTerms.spans(oneLine, terms.get());
            flow.getChildren().clear();
            int at = 0;
            for (int[] s : spans) {
                if (s[0] > at) {
                    flow.getChildren().add(text(oneLine.substring(at, s[0]), "log-text"));
                }
                flow.getChildren().add(text(oneLine.substring(s[0], s[1]), "log-match"));
                at = s[1];
            }
            if (at < oneLine.length()) {
                flow.getChildren().add(text(oneLine.substring(at), "log-text"));
            }
            setGraphic(flow);
        }

        private static Text text(String s, String style) {
            Text t = new Text(s);
            t.getStyleClass().add(style);
            return t;
        }
    }
}
