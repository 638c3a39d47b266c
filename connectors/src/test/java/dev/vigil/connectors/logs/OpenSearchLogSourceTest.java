package dev.vigil.connectors.logs;

import dev.vigil.connectors.credentials.CredentialResolver;
import dev.vigil.connectors.demo.DemoLogLine;
import dev.vigil.environments.AlertingSettings;
import dev.vigil.environments.Endpoint;
import dev.vigil.environments.Environment;
import dev.vigil.environments.LogSettings;
import dev.vigil.environments.Tier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OpenSearch log source against a real node holding three minutes of the demo fleet's lines. */
@ExtendWith(SharedOpenSearch.class)
class OpenSearchLogSourceTest {

    private final List<LogSource> opened = new ArrayList<>();

    static Environment environment(LocalOpenSearch server, String index, Map<String, String> fields) {
        return new Environment("local", Tier.SANDBOX, false, null, null,
                new LogSettings(new Endpoint(server.url(), null), index, fields, null, null), AlertingSettings.NONE, List.of());
    }

    private OpenSearchLogSource open(SharedOpenSearch.Node node, String index) {
        LogSource source = new OpenSearchLogSources(CredentialResolver.NONE, Clock.systemUTC())
                .open(environment(node.server(), index, Map.of())).orElseThrow();
        opened.add(source);
        return (OpenSearchLogSource) source;
    }

    @AfterEach
    void closeSources() {
        opened.forEach(LogSource::close);
    }

    private static LogQuery all(int pageSize) {
        return LogQuery.all(SharedOpenSearch.START, SharedOpenSearch.END, pageSize);
    }

    @Test
    void searchGivesTheNewestLinesFirstAndCountsEveryMatch(SharedOpenSearch.Node node) {
        LogPage page = open(node, SharedOpenSearch.ECS_INDEX).search(all(50));

        assertThat(page.total()).isEqualTo(node.lines().size());
        assertThat(page.totalExact()).isTrue();
        assertThat(page.hits()).hasSize(50);
        assertThat(page.hits().getFirst().at()).isEqualTo(node.lines().getLast().at());
        assertThat(page.hits()).extracting(LogHit::at).isSortedAccordingTo((a, b) -> b.compareTo(a));
        LogHit first = page.hits().getFirst();
        assertThat(first.service()).isNotBlank();
        assertThat(first.traceId()).hasSize(16);
        assertThat(first.fields()).containsKeys("@timestamp", "message", "trace");
    }

    @Test
    void serviceAndLevelFiltersKeepOnlyThoseLines(SharedOpenSearch.Node node) {
        LogPage page = open(node, SharedOpenSearch.ECS_INDEX).search(all(500).withFilters(Set.of("payments"), Set.of("ERROR", "WARN")));

        long expected = node.lines().stream().filter(l -> l.service().equals("payments") && Set.of("ERROR", "WARN").contains(l.level())).count();
        assertThat(expected).isPositive();
        assertThat(page.total()).isEqualTo(expected);
        assertThat(page.hits()).allMatch(h -> h.service().equals("payments") && Set.of("ERROR", "WARN").contains(h.level()));
    }

    @Test
    void wordsOfAQueryMustAllBeInTheMessage(SharedOpenSearch.Node node) {
        LogPage page = open(node, SharedOpenSearch.ECS_INDEX).search(all(100).withText("upstream timeout"));

        long expected = node.lines().stream().filter(l -> l.message().contains("upstream") && l.message().contains("timeout")).count();
        assertThat(expected).isPositive();
        assertThat(page.total()).isEqualTo(expected);
    }

    @Test
    void theShortFieldNamesOfTheSectionWorkOnAnyMapping(SharedOpenSearch.Node node) {
        java.util.function.Predicate<dev.vigil.connectors.demo.DemoLogLine> paymentErrors =
                l -> l.service().equals("payments") && l.level().equals("ERROR");
        long ecs = node.lines().stream().filter(paymentErrors).count();
        long flat = node.lines().subList(0, 500).stream().filter(paymentErrors).count(); // the flat index holds the first 500
        assertThat(ecs).isPositive();
        assertThat(flat).isPositive();

        assertThat(open(node, SharedOpenSearch.ECS_INDEX).search(all(100).withText("service:payments AND level:ERROR")).total())
                .as("ECS names").isEqualTo(ecs);
        assertThat(open(node, SharedOpenSearch.FLAT_INDEX).search(all(100).withText("service:payments AND level:ERROR")).total())
                .as("flat names").isEqualTo(flat);
        LogPage quoted = open(node, SharedOpenSearch.ECS_INDEX).search(all(100).withText("\"service:payments\""));
        assertThat(quoted.total()).as("a quoted phrase is left alone").isZero();
    }

    @Test
    void pagingWalksPastTenThousandLinesWithoutRepeatsOrGaps(SharedOpenSearch.Node node) {
        OpenSearchLogSource source = open(node, SharedOpenSearch.ECS_INDEX);
        assertThat(node.lines().size()).isGreaterThan(10_000);
        Set<String> seen = new HashSet<>();
        Instant previous = Instant.MAX;
        LogPage page = source.search(all(4_000));
        int pages = 0;
        while (true) {
            pages++;
            for (LogHit h : page.hits()) {
                assertThat(seen.add(h.key())).as("line %s seen once", h.key()).isTrue();
                assertThat(h.at()).isBeforeOrEqualTo(previous);
                previous = h.at();
            }
            if (page.next() == null) {
                break;
            }
            page = source.next(page.next());
        }
        assertThat(seen).hasSize(node.lines().size());
        assertThat(pages).isGreaterThan(3);
    }

    @Test
    void histogramCountsAddUpPerLevel(SharedOpenSearch.Node node) {
        LogHistogram histogram = open(node, SharedOpenSearch.ECS_INDEX).histogram(all(100), 36);

        assertThat(histogram.interval().toSeconds()).isEqualTo(5);
        assertThat(histogram.buckets()).hasSize(36);
        assertThat(histogram.total()).isEqualTo(node.lines().size());
        long errors = histogram.buckets().stream().mapToLong(b -> b.byLevel().getOrDefault("ERROR", 0L)).sum();
        assertThat(errors).isEqualTo(node.lines().stream().filter(l -> l.level().equals("ERROR")).count());
        Instant firstBucket = SharedOpenSearch.START;
        long expectedFirst = node.lines().stream().filter(l -> l.at().isBefore(firstBucket.plusSeconds(5))).count();
        assertThat(histogram.buckets().getFirst().start()).isEqualTo(firstBucket);
        assertThat(histogram.buckets().getFirst().total()).isEqualTo(expectedFirst);
    }

    @Test
    void facetsCountServicesLevelsAndPods(SharedOpenSearch.Node node) {
        LogFacets facets = open(node, SharedOpenSearch.ECS_INDEX).facets(all(10), 10);

        long gateway = node.lines().stream().filter(l -> l.service().equals("gateway")).count();
        assertThat(facets.services()).contains(new LogFacets.Facet("gateway", gateway));
        assertThat(facets.services().getFirst().value()).isEqualTo("gateway");
        assertThat(facets.levels()).extracting(LogFacets.Facet::value).contains("INFO", "ERROR");
        assertThat(facets.pods()).hasSize(10);
    }

    @Test
    void contextShowsWhatTheSamePodWroteAroundALine(SharedOpenSearch.Node node) {
        OpenSearchLogSource source = open(node, SharedOpenSearch.ECS_INDEX);
        LogHit error = source.search(all(1).withFilters(Set.of("payments"), Set.of("ERROR"))).hits().getFirst();

        LogContext context = source.context(error, 5, 5);

        List<DemoLogLine> podLines = node.lines().stream().filter(l -> l.pod().equals(error.pod())).toList();
        int at = indexOf(podLines, error);
        assertThat(context.before()).extracting(LogHit::message)
                .containsExactlyElementsOf(podLines.subList(Math.max(0, at - 5), at).stream().map(DemoLogLine::message).toList());
        assertThat(context.after()).extracting(LogHit::message)
                .containsExactlyElementsOf(podLines.subList(at + 1, Math.min(podLines.size(), at + 6)).stream().map(DemoLogLine::message).toList());
        assertThat(context.before()).allMatch(h -> h.pod().equals(error.pod()));
    }

    private static int indexOf(List<DemoLogLine> lines, LogHit hit) {
        for (int i = 0; i < lines.size(); i++) {
            DemoLogLine l = lines.get(i);
            if (l.at().equals(hit.at()) && l.traceId().equals(hit.traceId()) && l.message().equals(hit.message())) {
                return i;
            }
        }
        throw new AssertionError("line not in the fixture: " + hit);
    }

    @Test
    void followingATraceTellsTheRequestsStoryAcrossServicesInCausalOrder(SharedOpenSearch.Node node) {
        DemoLogLine payment = node.lines().stream().filter(l -> l.service().equals("payments")).findFirst().orElseThrow();
        List<DemoLogLine> expected = node.lines().stream().filter(l -> l.traceId().equals(payment.traceId())).toList();

        List<LogHit> story = open(node, SharedOpenSearch.ECS_INDEX)
                .follow(FollowedId.TRACE, payment.traceId(), SharedOpenSearch.START.minusSeconds(60), SharedOpenSearch.END, 1000);

        assertThat(story).extracting(LogHit::message).containsExactlyElementsOf(expected.stream().map(DemoLogLine::message).toList());
        assertThat(story.getFirst().service()).isEqualTo("gateway");
        assertThat(story).extracting(LogHit::service).contains("checkout", "payments");
        assertThat(story).extracting(LogHit::at).isSorted();
    }

    @Test
    void followingAClientFindsEveryRequestItSent(SharedOpenSearch.Node node) {
        String client = node.lines().get(100).clientId();
        long expected = node.lines().stream().filter(l -> l.clientId().equals(client)).count();

        List<LogHit> lines = open(node, SharedOpenSearch.ECS_INDEX)
                .follow(FollowedId.CLIENT, client, SharedOpenSearch.START, SharedOpenSearch.END, 5000);

        assertThat(lines).hasSize((int) expected).allMatch(h -> h.clientId().equals(client));
        assertThat(lines.stream().map(LogHit::traceId).distinct().count()).isGreaterThan(1);
    }

    @Test
    void aBadQueryFailsWithOpenSearchsParseError(SharedOpenSearch.Node node) {
        OpenSearchLogSource source = open(node, SharedOpenSearch.ECS_INDEX);

        assertThatThrownBy(() -> source.search(all(10).withText("status:(500 OR")))
                .isInstanceOfSatisfying(LogQueryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LogQueryException.Kind.BAD_QUERY);
                    assertThat(e.getMessage()).contains("Cannot parse").contains("status:(500 OR");
                });
    }

    @Test
    void aFlatIndexHasItsFieldsDetectedFromTheMapping(SharedOpenSearch.Node node) {
        OpenSearchLogSource source = open(node, SharedOpenSearch.FLAT_INDEX);

        LogFields fields = source.fields();
        assertThat(fields.level()).isEqualTo(new LogFields.Field("level", "level.keyword"));
        assertThat(fields.traceId().path()).isEqualTo("trace_id");
        assertThat(fields.timestamp().path()).isEqualTo("timestamp");
        assertThat(fields.message().path()).isEqualTo("msg");
        String trace = node.lines().get(10).traceId();
        List<LogHit> story = source.follow(FollowedId.TRACE, trace, SharedOpenSearch.START, SharedOpenSearch.END, 100);
        assertThat(story).isNotEmpty().allMatch(h -> h.traceId().equals(trace) && !h.message().isEmpty());
        LogPage errors = source.search(all(100).withFilters(Set.of(), Set.of("ERROR")));
        assertThat(errors.hits()).allMatch(h -> h.level().equals("ERROR"));
    }

    @Test
    void configuredFieldsWinOverDetection(SharedOpenSearch.Node node) {
        LogSource source = new OpenSearchLogSources(CredentialResolver.NONE, Clock.systemUTC())
                .open(environment(node.server(), SharedOpenSearch.FLAT_INDEX, Map.of("service", "pod"))).orElseThrow();
        opened.add(source);

        LogHit hit = source.search(all(1)).hits().getFirst();

        assertThat(hit.service()).isEqualTo(hit.pod());
    }
}
