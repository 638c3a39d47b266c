package dev.vigil.incidents.store;

import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGKILL a writing process at random moments: every commit it reported survives and the file stays sound. */
class CrashDurabilityTest {

    private static final Pattern COMMITTED = Pattern.compile("^committed (\\d+) \\.$");
    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    void everyReportedCommitSurvivesSigkillAndTheFileStaysIntact() throws Exception {
        StoreLocation location = StoreLocation.sqliteFile(dir.resolve("crash.db"));
        try (IncidentStore store = JdbcIncidentStore.open(location)) {
            store.declare(new NewIncident("CRASH", "Crash test", "api", Severity.SEV2, null, Instant.now(), "test",
                    EventSource.SYSTEM, List.of()));
        }
        Set<Long> reported = ConcurrentHashMap.newKeySet();
        Random random = new Random(42);
        for (int round = 0; round < ROUNDS; round++) {
            Process child = StoreWriterProcess.start(location, "CRASH", -1);
            CountDownLatch firstCommit = new CountDownLatch(1);
            Thread reader = Thread.ofVirtual().start(() -> readCommits(child, reported, firstCommit));
            assertThat(firstCommit.await(30, TimeUnit.SECONDS)).as("round %d: the child committed something", round).isTrue();
            Thread.sleep(random.nextInt(250));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join();
        }

        try (IncidentStore store = JdbcIncidentStore.open(location)) {
            Set<Long> present = store.timeline("CRASH").stream().map(TimelineEvent::id).collect(Collectors.toSet());
            assertThat(reported).hasSizeGreaterThan(ROUNDS);
            assertThat(present).containsAll(reported);
        }
        try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    private static void readCommits(Process child, Set<Long> reported, CountDownLatch firstCommit) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Matcher m = COMMITTED.matcher(line);
                if (m.matches()) {
                    reported.add(Long.parseLong(m.group(1)));
                    firstCommit.countDown();
                }
            }
        } catch (java.io.IOException e) {
            // the child was killed mid-write; whatever was read whole is counted
        }
    }
}
