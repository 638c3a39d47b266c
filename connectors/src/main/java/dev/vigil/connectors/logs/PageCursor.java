package dev.vigil.connectors.logs;

import java.time.Instant;

/**
 * Where the next page of a search starts: just after the line at {@code afterTime}/{@code afterTiebreak} in
 * the search's order (OpenSearch's search_after), so paging goes on past the 10,000 lines a from/size
 * window allows.
 */
public record PageCursor(LogQuery query, Instant afterTime, long afterTiebreak) {

    public static PageCursor after(LogQuery query, LogHit last) {
        return new PageCursor(query, last.at(), last.tiebreak());
    }
}
