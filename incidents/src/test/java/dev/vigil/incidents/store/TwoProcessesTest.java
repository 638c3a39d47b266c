package dev.vigil.incidents.store;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two Vigil processes on one SQLite file: both write at the same time and neither sees "database is locked". */
class TwoProcessesTest {

    private static final int EACH = 300;

    private static long committedId(String line) {
        assertThat(line).matches("committed \\d+ \\.");
        return Long.parseLong(line.split(" ")[1]);
    }

    @TempDir
    Path dir;

    @Test
    void twoProcessesWritingOneFileConcurrentlyBothSucceed() throws Exception {
        StoreLocation location = StoreLocation.sqliteFile(dir.resolve("shared.db"));
        try (IncidentStore store = JdbcIncidentStore.open(location)) {
            store.declare(new NewIncident("SHARED", "Shared", "api", Severity.SEV3, null, Instant.now(), "test",
                    EventSource.SYSTEM, List.of()));
            // The child writes until stopped; the parent writes while it does.
            Process child = StoreWriterProcess.start(location, "SHARED", -1);
            java.io.BufferedReader childOut = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()));
            List<Long> childIds = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            childIds.add(committedId(childOut.readLine()));
            Thread drain = Thread.ofVirtual().start(() -> {
                try {
                    for (String line = childOut.readLine(); line != null; line = childOut.readLine()) {
                        childIds.add(committedId(line));
                    }
                } catch (java.io.IOException ignored) {
                    // stream closed when the child is stopped
                }
            });
            int childBefore = childIds.size();
            List<Long> parentIds = new java.util.ArrayList<>();
            for (int i = 0; i < EACH; i++) {
                parentIds.add(store.append("SHARED", new NewEvent(EventKind.NOTE, Instant.now(), "parent", "p" + i,
                        EventSource.MANUAL)).id());
            }
            int childDuring = childIds.size() - childBefore;
            boolean childStillWriting = child.isAlive();
            child.destroy();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            drain.join();

            assertThat(childStillWriting).as("the child never failed while the parent wrote").isTrue();
            assertThat(childDuring).as("child commits while the parent was writing").isPositive();
            assertThat(parentIds).hasSize(EACH);
            java.util.Set<Long> stored = store.timeline("SHARED").stream().map(dev.vigil.incidents.TimelineEvent::id)
                    .collect(java.util.stream.Collectors.toSet());
            assertThat(stored).containsAll(parentIds).containsAll(childIds);
        }
    }
}
