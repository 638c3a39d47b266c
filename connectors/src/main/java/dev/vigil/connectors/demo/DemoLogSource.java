package dev.vigil.connectors.demo;

import dev.vigil.connectors.logs.FollowedId;
import dev.vigil.connectors.logs.LogContext;
import dev.vigil.connectors.logs.LogFacets;
import dev.vigil.connectors.logs.LogHistogram;
import dev.vigil.connectors.logs.LogHit;
import dev.vigil.connectors.logs.LogOrder;
import dev.vigil.connectors.logs.LogPage;
import dev.vigil.connectors.logs.LogQuery;
import dev.vigil.connectors.logs.LogSource;
import dev.vigil.connectors.logs.PageCursor;
import dev.vigil.connectors.logs.TailBatch;
import dev.vigil.connectors.logs.TailPosition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The demo fleet's traffic as a {@link LogSource}, so the Logs section works with nothing configured.
 * Lines are made one minute at a time from {@link DemoLogs#traffic} (a few recent minutes kept), up to the
 * clock's now and back one day (the demo's retention); queries use {@link DemoLogQuery}'s part of the
 * query_string syntax. Every answer is computed from those lines: counts, pages and traces agree.
 */
public final class DemoLogSource implements LogSource {

    public static final Duration RETENTION = Duration.ofDays(1);
    private static final long MINUTE = 60_000;
    private static final int KEPT_MINUTES = 30;

    private final DemoLogs logs;
    private final DemoFleet fleet;
    private final Clock clock;
    private final Map<Long, List<LogHit>> minutes = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<LogHit>> eldest) {
            return size() > KEPT_MINUTES;
        }
    };

    public DemoLogSource(DemoFleet fleet, Clock clock) {
        this.fleet = fleet;
        this.logs = new DemoLogs(fleet);
        this.clock = clock;
    }

    @Override
    public LogPage search(LogQuery query) {
        return page(query, null);
    }

    @Override
    public LogPage next(PageCursor cursor) {
        return page(cursor.query(), cursor);
    }

    private LogPage page(LogQuery query, PageCursor after) {
        Predicate<LogHit> match = matcher(query);
        boolean newestFirst = query.order() == LogOrder.NEWEST_FIRST;
        List<LogHit> hits = new ArrayList<>(query.pageSize());
        long[] total = {0};
        scan(query.from(), query.to(), newestFirst, h -> {
            if (match.test(h)) {
                total[0]++;
                if (hits.size() < query.pageSize() && (after == null || beyond(h, after, newestFirst))) {
                    hits.add(h);
                }
            }
            return true;
        });
        PageCursor next = hits.size() < query.pageSize() ? null : PageCursor.after(query, hits.getLast());
        return new LogPage(hits, total[0], true, next);
    }

    private static boolean beyond(LogHit h, PageCursor c, boolean newestFirst) {
        int cmp = h.at().compareTo(c.afterTime());
        if (cmp == 0) {
            cmp = Long.compare(h.tiebreak(), c.afterTiebreak());
        }
        return newestFirst ? cmp < 0 : cmp > 0;
    }

    @Override
    public LogHistogram histogram(LogQuery query, int buckets) {
        Duration interval = LogHistogram.intervalFor(query.from(), query.to(), buckets);
        long step = interval.toMillis();
        long first = Math.floorDiv(query.from().toEpochMilli(), step) * step;
        List<Map<String, Long>> counts = new ArrayList<>();
        for (long t = first; t < query.to().toEpochMilli(); t += step) {
            counts.add(new HashMap<>());
        }
        Predicate<LogHit> match = matcher(query);
        scan(query.from(), query.to(), false, h -> {
            if (match.test(h)) {
                int i = (int) ((h.at().toEpochMilli() - first) / step);
                counts.get(i).merge(h.level(), 1L, Long::sum);
            }
            return true;
        });
        List<LogHistogram.Bucket> out = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            out.add(new LogHistogram.Bucket(Instant.ofEpochMilli(first + i * step), counts.get(i)));
        }
        return new LogHistogram(query.from(), query.to(), interval, out);
    }

    @Override
    public LogFacets facets(LogQuery query, int size) {
        Map<String, Long> services = new HashMap<>();
        Map<String, Long> levels = new HashMap<>();
        Map<String, Long> pods = new HashMap<>();
        Predicate<LogHit> match = matcher(query);
        scan(query.from(), query.to(), false, h -> {
            if (match.test(h)) {
                services.merge(h.service(), 1L, Long::sum);
                levels.merge(h.level(), 1L, Long::sum);
                pods.merge(h.pod(), 1L, Long::sum);
            }
            return true;
        });
        return new LogFacets(top(services, size), top(levels, size), top(pods, size));
    }

    private static List<LogFacets.Facet> top(Map<String, Long> counts, int size) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(size).map(e -> new LogFacets.Facet(e.getKey(), e.getValue())).toList();
    }

    @Override
    public LogContext context(LogHit hit, int before, int after) {
        List<LogHit> older = new ArrayList<>();
        List<LogHit> newer = new ArrayList<>();
        Instant start = hit.at().minus(Duration.ofMinutes(30));
        scan(start, hit.at().plusMillis(1), true, h -> {
            if (h.pod().equals(hit.pod()) && (h.at().isBefore(hit.at()) || h.at().equals(hit.at()) && h.tiebreak() < hit.tiebreak())) {
                older.add(h);
            }
            return older.size() < before;
        });
        scan(hit.at(), hit.at().plus(Duration.ofMinutes(30)), false, h -> {
            if (h.pod().equals(hit.pod()) && (h.at().isAfter(hit.at()) || h.at().equals(hit.at()) && h.tiebreak() > hit.tiebreak())) {
                newer.add(h);
            }
            return newer.size() < after;
        });
        return new LogContext(older.reversed(), hit, newer);
    }

    @Override
    public TailBatch newer(LogQuery query, TailPosition since, int max) {
        Predicate<LogHit> match = matcher(query);
        List<LogHit> fresh = new ArrayList<>();
        boolean[] more = {false};
        scan(since.at(), clock.instant(), false, h -> {
            if (match.test(h) && !since.seen(h)) {
                if (fresh.size() == max) {
                    more[0] = true;
                    return false;
                }
                fresh.add(h);
            }
            return true;
        });
        return new TailBatch(fresh, since.after(fresh), more[0]);
    }

    @Override
    public List<LogHit> follow(FollowedId kind, String id, Instant from, Instant to, int max) {
        List<LogHit> out = new ArrayList<>();
        scan(from, to, false, h -> {
            if (id.equals(kind == FollowedId.TRACE ? h.traceId() : h.clientId())) {
                out.add(h);
            }
            return out.size() < max;
        });
        return out;
    }

    @Override
    public String description() {
        return "the demo fleet's simulated logs (last " + RETENTION.toHours() + " h)";
    }

    @Override
    public void close() {
        synchronized (minutes) {
            minutes.clear();
        }
    }

    private Predicate<LogHit> matcher(LogQuery query) {
        Predicate<DemoLogLine> text = DemoLogQuery.parse(query.text());
        return h -> (query.services().isEmpty() || query.services().contains(h.service()))
                && (query.levels().isEmpty() || query.levels().contains(h.level()))
                && text.test(line(h));
    }

    private static DemoLogLine line(LogHit h) {
        return new DemoLogLine(h.at(), h.service(), h.pod(), h.level(), h.traceId(), h.clientId(), h.message());
    }

    private interface Visitor {
        /** Returns false to stop the scan. */
        boolean visit(LogHit hit);
    }

    /** Visits the lines in {@code [from, to)} clipped to the retention and the clock, in time order or reversed. */
    private void scan(Instant from, Instant to, boolean newestFirst, Visitor visitor) {
        Instant now = clock.instant();
        long lo = Math.max(from.toEpochMilli(), now.minus(RETENTION).toEpochMilli());
        long hi = Math.min(to.toEpochMilli(), now.toEpochMilli());
        if (lo >= hi) {
            return;
        }
        long firstMinute = Math.floorDiv(lo, MINUTE);
        long lastMinute = Math.floorDiv(hi - 1, MINUTE);
        for (long m = newestFirst ? lastMinute : firstMinute; newestFirst ? m >= firstMinute : m <= lastMinute; m += newestFirst ? -1 : 1) {
            List<LogHit> lines = minute(m);
            for (int i = newestFirst ? lines.size() - 1 : 0; newestFirst ? i >= 0 : i < lines.size(); i += newestFirst ? -1 : 1) {
                LogHit h = lines.get(i);
                long t = h.at().toEpochMilli();
                if (t >= lo && t < hi && !visitor.visit(h)) {
                    return;
                }
            }
        }
    }

    /** One minute of lines (by when they were written, so a request crossing the minute's end is in both halves' minutes). */
    private List<LogHit> minute(long minute) {
        boolean complete = (minute + 1) * MINUTE + 10_000 <= clock.millis();
        if (complete) {
            synchronized (minutes) {
                List<LogHit> kept = minutes.get(minute);
                if (kept != null) {
                    return kept;
                }
            }
        }
        // Requests that entered up to 10 s earlier may still be writing lines in this minute.
        Instant start = Instant.ofEpochMilli(minute * MINUTE);
        List<DemoLogLine> lines = logs.traffic(start.minusSeconds(10), start.plusMillis(MINUTE));
        List<LogHit> hits = new ArrayList<>();
        long seq = minute * 1_000_000;
        for (DemoLogLine l : lines) {
            long t = l.at().toEpochMilli();
            if (t >= minute * MINUTE && t < (minute + 1) * MINUTE) {
                hits.add(hit(l, seq++));
            }
        }
        List<LogHit> result = List.copyOf(hits);
        if (complete) {
            synchronized (minutes) {
                minutes.put(minute, result);
            }
        }
        return result;
    }

    private LogHit hit(DemoLogLine l, long seq) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@timestamp", l.at().toString());
        doc.put("message", l.message());
        doc.put("log", Map.of("level", l.level()));
        doc.put("service", Map.of("name", l.service()));
        String namespace = fleet.service(l.service()).map(DemoService::namespace).orElse("");
        doc.put("kubernetes", Map.of("pod", Map.of("name", l.pod()), "namespace", namespace));
        doc.put("trace", Map.of("id", l.traceId()));
        doc.put("client", Map.of("id", l.clientId()));
        return new LogHit("demo-logs", Long.toString(seq, 36), l.at(), seq, l.service(), l.pod(), l.level(), l.traceId(),
                l.clientId(), l.message(), doc);
    }
}
