package dev.vigil.incidents.store;

import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The store tells its listener about every transaction: which operation, read or write, how long, failed or not. */
class StoreListenerTest {

    private record Heard(String operation, boolean write, long nanos, boolean failed) {
    }

    @TempDir
    Path dir;

    @Test
    void everyTransactionIsReportedWithItsOperationKindAndOutcome() {
        List<Heard> heard = new CopyOnWriteArrayList<>();
        try (IncidentStore store = JdbcIncidentStore.open(StoreLocation.sqliteFile(dir.resolve("heard.db")), Clock.systemUTC(),
                (operation, write, nanos, failed) -> heard.add(new Heard(operation, write, nanos, failed)))) {
            NewIncident incident = new NewIncident("INC-1", "Checkout slow", "checkout", Severity.SEV2, null, Instant.now(), "ana",
                    EventSource.MANUAL, List.of());
            store.declare(incident);
            store.list(IncidentQuery.ALL);
            store.revision();
            assertThatThrownBy(() -> store.declare(incident)).hasMessageContaining("exists already");
        }

        assertThat(heard).extracting(Heard::operation, Heard::write, Heard::failed).containsExactly(
                tuple("declare", true, false),
                tuple("find", false, false), // declare reads the incident back
                tuple("list", false, false),
                tuple("revision", false, false),
                tuple("declare", true, true));
        assertThat(heard).allMatch(h -> h.nanos() > 0);
    }
}
