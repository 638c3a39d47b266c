package dev.vigil.connectors.logs;

import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.DateHistogramBucket;
import org.opensearch.client.opensearch._types.aggregations.FieldDateMath;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link LogSource} over OpenSearch: query_string searches filtered by time, service and level, sorted by
 * time with the document order as tiebreaker so {@code search_after} pages past 10,000 lines; aggregations
 * for the histogram and facets. The field mapping is detected from the index mapping on first use (roles
 * the environment configures win) and kept for the source's life.
 */
public final class OpenSearchLogSource implements LogSource {

    private final OpenSearchConnection connection;
    private final String indexPattern;
    private final Map<String, String> configuredFields;
    private volatile LogFields fields;

    OpenSearchLogSource(OpenSearchConnection connection, String indexPattern, Map<String, String> configuredFields) {
        this.connection = connection;
        this.indexPattern = indexPattern;
        this.configuredFields = Map.copyOf(configuredFields);
    }

    /** The field mapping in use, detecting it from the index mapping the first time. */
    public LogFields fields() {
        LogFields f = fields;
        if (f == null) {
            f = call(() -> LogFields.resolve(configuredFields, OpenSearchMapping.fieldTypes(connection.client(), indexPattern)));
            fields = f;
        }
        return f;
    }

    @Override
    public LogPage search(LogQuery query) {
        return page(query, null);
    }

    @Override
    public LogPage next(PageCursor cursor) {
        return page(cursor.query(), cursor);
    }

    @SuppressWarnings("rawtypes")
    private LogPage page(LogQuery query, PageCursor after) {
        LogFields f = fields();
        SearchResponse<Map> response = call(() -> connection.client().search(s -> {
            s.index(indexPattern).query(filtered(query, f)).size(query.pageSize()).sort(sort(f, query.order()))
                    .trackTotalHits(t -> t.enabled(true)).timeout(timeout()).allowNoIndices(true).ignoreUnavailable(true);
            if (after != null) {
                s.searchAfter(FieldValue.of(after.afterTime().toEpochMilli()), FieldValue.of(after.afterTiebreak()));
            }
            return s;
        }, Map.class));
        List<LogHit> hits = hits(response, f);
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        boolean exact = response.hits().total() == null
                || response.hits().total().relation() == org.opensearch.client.opensearch.core.search.TotalHitsRelation.Eq;
        PageCursor next = hits.size() < query.pageSize() ? null : PageCursor.after(query, hits.getLast());
        return new LogPage(hits, total, exact, next);
    }

    @Override
    public LogHistogram histogram(LogQuery query, int buckets) {
        LogFields f = fields();
        Duration interval = LogHistogram.intervalFor(query.from(), query.to(), buckets);
        long start = Math.floorDiv(query.from().toEpochMilli(), interval.toMillis()) * interval.toMillis();
        long end = query.to().toEpochMilli() - 1;
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = call(() -> connection.client().search(s -> s.index(indexPattern)
                .query(filtered(query, f)).size(0).timeout(timeout()).allowNoIndices(true).ignoreUnavailable(true)
                .aggregations("over_time", a -> a.dateHistogram(h -> h.field(f.timestamp().path())
                                .fixedInterval(t -> t.time(interval.toMillis() + "ms")).minDocCount(0)
                                .extendedBounds(b -> b.min(FieldDateMath.of(m -> m.value((double) start))).max(FieldDateMath.of(m -> m.value((double) end)))))
                        .aggregations("levels", l -> l.terms(t -> t.field(f.level().exact()).size(12)))), Map.class));
        List<LogHistogram.Bucket> out = new ArrayList<>();
        Aggregate overTime = response.aggregations().get("over_time");
        if (overTime != null) {
            for (DateHistogramBucket b : overTime.dateHistogram().buckets().array()) {
                Map<String, Long> byLevel = new LinkedHashMap<>();
                long counted = 0;
                Aggregate levels = b.aggregations().get("levels");
                if (levels != null && levels.isSterms()) {
                    for (StringTermsBucket l : levels.sterms().buckets().array()) {
                        byLevel.merge(l.key(), l.docCount(), Long::sum);
                        counted += l.docCount();
                    }
                }
                if (b.docCount() > counted) {
                    byLevel.merge("", b.docCount() - counted, Long::sum);
                }
                out.add(new LogHistogram.Bucket(Instant.ofEpochMilli(b.key()), byLevel));
            }
        }
        return new LogHistogram(query.from(), query.to(), interval, out);
    }

    @Override
    public LogFacets facets(LogQuery query, int size) {
        LogFields f = fields();
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = call(() -> connection.client().search(s -> s.index(indexPattern)
                .query(filtered(query, f)).size(0).timeout(timeout()).allowNoIndices(true).ignoreUnavailable(true)
                .aggregations("services", a -> a.terms(t -> t.field(f.service().exact()).size(size)))
                .aggregations("levels", a -> a.terms(t -> t.field(f.level().exact()).size(size)))
                .aggregations("pods", a -> a.terms(t -> t.field(f.pod().exact()).size(size))), Map.class));
        return new LogFacets(facet(response, "services"), facet(response, "levels"), facet(response, "pods"));
    }

    @SuppressWarnings("rawtypes")
    private static List<LogFacets.Facet> facet(SearchResponse<Map> response, String name) {
        Aggregate a = response.aggregations().get(name);
        if (a == null || !a.isSterms()) {
            return List.of();
        }
        return a.sterms().buckets().array().stream().map(b -> new LogFacets.Facet(b.key(), b.docCount())).toList();
    }

    @Override
    public LogContext context(LogHit hit, int before, int after) {
        LogFields f = fields();
        Query samePod = hit.pod() == null ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.term(t -> t.field(f.pod().exact()).value(FieldValue.of(hit.pod()))));
        List<LogHit> older = around(samePod, f, hit, SortOrder.Desc, before);
        List<LogHit> newer = around(samePod, f, hit, SortOrder.Asc, after);
        return new LogContext(older.reversed(), hit, newer);
    }

    @SuppressWarnings("rawtypes")
    private List<LogHit> around(Query filter, LogFields f, LogHit hit, SortOrder order, int count) {
        if (count <= 0) {
            return List.of();
        }
        SearchResponse<Map> response = call(() -> connection.client().search(s -> s.index(indexPattern)
                .query(q -> q.bool(b -> b.filter(filter))).size(count).sort(sort(f, order))
                .searchAfter(FieldValue.of(hit.at().toEpochMilli()), FieldValue.of(hit.tiebreak()))
                .timeout(timeout()).allowNoIndices(true).ignoreUnavailable(true), Map.class));
        return hits(response, f);
    }

    @Override
    public TailBatch newer(LogQuery query, TailPosition since, int max) {
        LogFields f = fields();
        int ask = Math.min(LogQuery.MAX_PAGE, max + since.seenAtInstant().size());
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = call(() -> connection.client().search(s -> s.index(indexPattern)
                .query(conditions(query, f, since.at(), null)).size(ask).sort(sort(f, SortOrder.Asc))
                .timeout(timeout()).allowNoIndices(true).ignoreUnavailable(true), Map.class));
        List<LogHit> all = hits(response, f);
        List<LogHit> fresh = new ArrayList<>();
        for (LogHit h : all) {
            if (!since.seen(h) && fresh.size() < max) {
                fresh.add(h);
            }
        }
        return new TailBatch(fresh, since.after(fresh), all.size() >= ask);
    }

    @Override
    public List<LogHit> follow(FollowedId kind, String id, Instant from, Instant to, int max) {
        LogFields f = fields();
        String field = f.of(kind).exact();
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = call(() -> connection.client().search(s -> s.index(indexPattern)
                .query(q -> q.bool(b -> b.filter(t -> t.term(term -> term.field(field).value(FieldValue.of(id))))
                        .filter(range(f, from, to))))
                .size(Math.min(max, LogQuery.MAX_PAGE)).sort(sort(f, SortOrder.Asc))
                .timeout(timeout()).allowNoIndices(true).ignoreUnavailable(true), Map.class));
        return hits(response, f);
    }

    @Override
    public String description() {
        return indexPattern + " on " + connection.url();
    }

    /** Answers the status bar: one cheap request with the credential, so the dot says what a search would meet. */
    public void ping() {
        call(() -> connection.client().info());
    }

    @Override
    public void close() {
        connection.close();
    }

    private Query filtered(LogQuery query, LogFields f) {
        return conditions(query, f, query.from(), query.to());
    }

    private static Query conditions(LogQuery query, LogFields f, Instant from, Instant to) {
        return Query.of(q -> q.bool(b -> {
            if (!query.text().isEmpty()) {
                b.must(m -> m.queryString(qs -> qs.query(QueryFieldNames.rewrite(query.text(), f)).defaultOperator(Operator.And)
                        .analyzeWildcard(true).allowLeadingWildcard(true)));
            }
            b.filter(range(f, from, to));
            terms(b, f.service().exact(), query.services());
            terms(b, f.level().exact(), query.levels());
            return b;
        }));
    }

    private static void terms(org.opensearch.client.opensearch._types.query_dsl.BoolQuery.Builder b, String field,
                              Collection<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> v = values.stream().map(FieldValue::of).toList();
            b.filter(q -> q.terms(t -> t.field(field).terms(tf -> tf.value(v))));
        }
    }

    private static Query range(LogFields f, Instant from, Instant to) {
        return Query.of(q -> q.range(r -> {
            r.field(f.timestamp().path()).format("epoch_millis").gte(JsonData.of(from.toEpochMilli()));
            if (to != null) {
                r.lt(JsonData.of(to.toEpochMilli()));
            }
            return r;
        }));
    }

    private static List<SortOptions> sort(LogFields f, LogOrder order) {
        return sort(f, order == LogOrder.OLDEST_FIRST ? SortOrder.Asc : SortOrder.Desc);
    }

    /** Time, then the store's document order, so lines of one millisecond keep one order across pages. */
    private static List<SortOptions> sort(LogFields f, SortOrder order) {
        return List.of(SortOptions.of(s -> s.field(x -> x.field(f.timestamp().path()).order(order))),
                SortOptions.of(s -> s.field(x -> x.field("_doc").order(order))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<LogHit> hits(SearchResponse<Map> response, LogFields f) {
        List<LogHit> out = new ArrayList<>(response.hits().hits().size());
        for (Hit<Map> h : response.hits().hits()) {
            out.add(OpenSearchHits.of(h, f));
        }
        return out;
    }

    private String timeout() {
        return connection.timeout().toMillis() + "ms";
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException | RuntimeException e) {
            throw OpenSearchFailures.of(e, connection.url());
        }
    }
}
