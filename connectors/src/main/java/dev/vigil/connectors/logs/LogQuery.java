package dev.vigil.connectors.logs;

import java.time.Instant;
import java.util.Set;

/**
 * A log search as an engineer asks it: the query text in OpenSearch's query_string (Lucene) syntax, blank
 * for every line; the time range {@code [from, to)}; the services and levels to keep (empty for all);
 * which end first; and how many lines a page holds.
 */
public record LogQuery(String text, Instant from, Instant to, Set<String> services, Set<String> levels, LogOrder order,
                       int pageSize) {

    public static final int MAX_PAGE = 10_000;

    public LogQuery {
        text = text == null ? "" : text.strip();
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("a log search needs a time range whose start is before its end");
        }
        services = services == null ? Set.of() : Set.copyOf(services);
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        order = order == null ? LogOrder.NEWEST_FIRST : order;
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE);
        }
    }

    /** Every line of a range, newest first, in pages of {@code pageSize}. */
    public static LogQuery all(Instant from, Instant to, int pageSize) {
        return new LogQuery("", from, to, Set.of(), Set.of(), LogOrder.NEWEST_FIRST, pageSize);
    }

    public LogQuery withText(String newText) {
        return new LogQuery(newText, from, to, services, levels, order, pageSize);
    }

    public LogQuery withRange(Instant newFrom, Instant newTo) {
        return new LogQuery(text, newFrom, newTo, services, levels, order, pageSize);
    }

    public LogQuery withFilters(Set<String> newServices, Set<String> newLevels) {
        return new LogQuery(text, from, to, newServices, newLevels, order, pageSize);
    }

    public LogQuery withOrder(LogOrder newOrder) {
        return new LogQuery(text, from, to, services, levels, newOrder, pageSize);
    }

    public LogQuery withPageSize(int newPageSize) {
        return new LogQuery(text, from, to, services, levels, order, newPageSize);
    }
}
