package dev.vigil.connectors.logs;

import java.util.List;

/** Lines newer than a tail position, oldest first, and the position after them; {@code more} when the poll was cut at its bound. */
public record TailBatch(List<LogHit> lines, TailPosition position, boolean more) {

    public TailBatch {
        lines = List.copyOf(lines);
    }
}
