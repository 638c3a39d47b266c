package dev.vigil.connectors.logs;

import java.time.Instant;
import java.util.List;

/**
 * An environment's logs in the words of the engineer reading them. Every method blocks its calling thread
 * (call it off the FX thread), is bounded by the source's timeout, and fails with {@link LogQueryException}.
 */
public interface LogSource extends AutoCloseable {

    /** The first page of lines matching the query, in its order. */
    LogPage search(LogQuery query);

    /** The page after a cursor of an earlier page. */
    LogPage next(PageCursor cursor);

    /** Counts of matching lines per interval (about {@code buckets} of them over the range), by level. */
    LogHistogram histogram(LogQuery query, int buckets);

    /** The top {@code size} services, levels and pods among matching lines. */
    LogFacets facets(LogQuery query, int size);

    /** Up to {@code before} and {@code after} lines the same pod wrote around a line, whatever the query. */
    LogContext context(LogHit hit, int before, int after);

    /**
     * Lines matching the query (its range's end ignored) that are newer than a position, oldest first, at
     * most {@code max}: one poll of a live tail.
     */
    TailBatch newer(LogQuery query, TailPosition since, int max);

    /**
     * Every line carrying a trace or client id across all services in {@code [from, to)}, oldest first, at
     * most {@code max}: the request's story in causal order.
     */
    List<LogHit> follow(FollowedId kind, String id, Instant from, Instant to, int max);

    /** What the source searches, for the window: e.g. "logs-* on https://opensearch.example.com". */
    String description();

    @Override
    void close();
}
