package dev.vigil.incidents.store;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;

import java.time.Instant;

/**
 * Child JVM of the durability tests: appends notes to one incident and prints "committed ID ." after each
 * append has returned (so after its commit). Args: store URL, incident id, count (-1: until killed).
 */
public final class StoreWriterProcess {

    private StoreWriterProcess() {
    }

    public static void main(String[] args) {
        StoreLocation location = new StoreLocation(args[0]);
        String incident = args[1];
        long count = Long.parseLong(args[2]);
        try (IncidentStore store = JdbcIncidentStore.open(location)) {
            for (long i = 0; count < 0 || i < count; i++) {
                long id = store.append(incident, new NewEvent(EventKind.NOTE, Instant.now(), "child",
                        "note " + i, EventSource.SYSTEM)).id();
                System.out.println("committed " + id + " .");
                System.out.flush();
            }
        }
    }

    /** Starts this class in a new JVM on the test's own java binary and classpath. */
    static Process start(StoreLocation location, String incident, long count) throws java.io.IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx128m",
                "--enable-native-access=ALL-UNNAMED", "-cp", classpath, StoreWriterProcess.class.getName(),
                location.jdbcUrl(), incident, Long.toString(count))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
