package dev.vigil.connectors.logs;

import java.util.List;

/**
 * One page of a search: its lines in the search's order, how many lines match in all ({@code totalExact}
 * false when the store only counted up to a bound), and where the next page starts (null when this is the last).
 */
public record LogPage(List<LogHit> hits, long total, boolean totalExact, PageCursor next) {

    public LogPage {
        hits = List.copyOf(hits);
    }
}
