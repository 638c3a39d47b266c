package dev.vigil.connectors.logs;

import java.util.List;

/** The lines a pod wrote just before and just after one line, oldest first, the line itself between them. */
public record LogContext(List<LogHit> before, LogHit anchor, List<LogHit> after) {

    public LogContext {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
