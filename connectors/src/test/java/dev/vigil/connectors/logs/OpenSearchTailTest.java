package dev.vigil.connectors.logs;

import dev.vigil.connectors.credentials.CredentialResolver;
import dev.vigil.connectors.demo.DemoLogLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A live tail over a real node: new lines arrive once, in order, and a burst is delivered in bounded polls. */
@ExtendWith(SharedOpenSearch.class)
class OpenSearchTailTest {

    private static DemoLogLine line(Instant at, String message) {
        return new DemoLogLine(at, "checkout", "checkout-0", "INFO", "00000000000000aa", "client-1", message);
    }

    @Test
    void theTailDeliversEachNewLineOnceAndInOrder(SharedOpenSearch.Node node) throws Exception {
        String index = "logs-tail-a";
        Instant base = Instant.parse("2026-11-22T15:00:00Z");
        try (LogIndexer indexer = new LogIndexer(node.server().url());
             LogSource source = new OpenSearchLogSources(CredentialResolver.NONE, Clock.systemUTC())
                     .open(OpenSearchLogSourceTest.environment(node.server(), index, Map.of())).orElseThrow()) {
            indexer.createEcsIndex(index);
            indexer.index(index, List.of(LogIndexer.ecs(line(base, "old one")), LogIndexer.ecs(line(base.plusMillis(5), "old two"))), true);
            List<String> received = new ArrayList<>();
            LogTail tail = new LogTail(source, LogQuery.all(base, base.plusSeconds(3600), 100), TailPosition.from(base.plusMillis(5)),
                    100, batch -> batch.lines().forEach(h -> received.add(h.message())), e -> { throw e; });

            tail.pollOnce();
            assertThat(received).containsExactly("old two"); // the line at the start instant is new to this tail
            indexer.index(index, List.of(LogIndexer.ecs(line(base.plusMillis(5), "same millisecond")),
                    LogIndexer.ecs(line(base.plusMillis(9), "newest"))), true);
            tail.pollOnce();
            tail.pollOnce();

            assertThat(received).containsExactly("old two", "same millisecond", "newest");
        }
    }

    @Test
    void aBurstIsCaughtUpInBoundedPolls(SharedOpenSearch.Node node) throws Exception {
        String index = "logs-tail-b";
        Instant base = Instant.parse("2026-11-22T16:00:00Z");
        try (LogIndexer indexer = new LogIndexer(node.server().url());
             LogSource source = new OpenSearchLogSources(CredentialResolver.NONE, Clock.systemUTC())
                     .open(OpenSearchLogSourceTest.environment(node.server(), index, Map.of())).orElseThrow()) {
            indexer.createEcsIndex(index);
            List<Map<String, Object>> burst = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                burst.add(LogIndexer.ecs(line(base.plusMillis(i / 3), "line " + i)));
            }
            indexer.index(index, burst, true);
            List<Integer> sizes = new ArrayList<>();
            List<String> received = new ArrayList<>();
            LogTail tail = new LogTail(source, LogQuery.all(base, base.plusSeconds(60), 100), TailPosition.from(base), 100,
                    batch -> {
                        sizes.add(batch.lines().size());
                        batch.lines().forEach(h -> received.add(h.message()));
                    }, e -> { throw e; });

            for (int i = 0; i < 4; i++) {
                tail.pollOnce();
            }

            assertThat(sizes).containsExactly(100, 100, 50);
            assertThat(received).hasSize(250).doesNotHaveDuplicates();
        }
    }
}
