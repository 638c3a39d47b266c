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

    private static final int EACH = 500;

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
            Process child = StoreWriterProcess.start(location, "SHARED", EACH);
            java.io.BufferedReader childOut = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()));
            List<Long> childIds = new java.util.ArrayList<>();
            childIds.add(committedId(childOut.readLine()));
            // Only now, with the child writing, does the parent write too.
            Thread drain = Thread.ofVirtual().start(() -> {
                try {
                    for (String line = childOut.readLine(); line != null; line = childOut.readLine()) {
                        childIds.add(committedId(line));
                    }
                } catch (java.io.IOException ignored) {
                    // the assertions on the exit code and the ids report a failed child
                }
            });
            List<Long> parentIds = new java.util.ArrayList<>();
            for (int i = 0; i < EACH; i++) {
                parentIds.add(store.append("SHARED", new NewEvent(EventKind.NOTE, Instant.now(), "parent", "p" + i,
                        EventSource.MANUAL)).id());
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            drain.join();
            assertThat(child.exitValue()).as("child exit").isZero();
            assertThat(childIds).hasSize(EACH);
            assertThat(parentIds.getFirst()).as("the writes interleaved").isLessThan(childIds.getLast());
            assertThat(childIds.getFirst()).isLessThan(parentIds.getLast());
            assertThat(store.timeline("SHARED")).hasSize(1 + 2 * EACH);
        }
    }
}
