package dev.vigil.sandbox;

import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DemoLogLine;
import dev.vigil.connectors.demo.DemoLogs;
import dev.vigil.connectors.logs.LogIndexer;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Ships the fleet's log lines into OpenSearch as a log pipeline (Fluent Bit, Data Prepper) would:
 * ECS-shaped documents in one index, the last half hour at start, then every few seconds the requests
 * that have finished logging (a request's lines trail its start by up to a few seconds).
 */
public final class LogShipper implements AutoCloseable {

    public static final String INDEX = "logs-sandbox";
    static final Duration BACKFILL = Duration.ofMinutes(30);
    /** Requests younger than this may still be writing lines: ship them on the next round. */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final DemoLogs logs;
    private final Clock clock;
    private final LogIndexer indexer;
    private Instant shippedUpTo;
    private long shipped;

    public LogShipper(DemoFleet fleet, URI openSearch, Clock clock) {
        this.logs = new DemoLogs(fleet);
        this.clock = clock;
        this.indexer = new LogIndexer(openSearch);
    }

    /** Creates the index and ships the last half hour. */
    public void backfill() throws IOException {
        indexer.createEcsIndex(INDEX);
        Instant to = clock.instant().minus(SETTLE);
        ship(to.minus(BACKFILL), to, true);
    }

    /** Ships what finished since the last call; returns how many lines went out. */
    public synchronized int step() throws IOException {
        Instant to = clock.instant().minus(SETTLE);
        return shippedUpTo == null || !to.isAfter(shippedUpTo) ? 0 : ship(shippedUpTo, to, false);
    }

    private synchronized int ship(Instant from, Instant to, boolean refresh) throws IOException {
        List<DemoLogLine> lines = logs.traffic(from, to);
        indexer.index(INDEX, lines.stream().map(LogIndexer::ecs).toList(), refresh);
        shippedUpTo = to;
        shipped += lines.size();
        return lines.size();
    }

    public synchronized long shipped() {
        return shipped;
    }

    @Override
    public void close() throws IOException {
        indexer.close();
    }
}
