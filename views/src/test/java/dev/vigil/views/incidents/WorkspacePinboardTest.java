package dev.vigil.views.incidents;

import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.Evidence;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.store.JdbcIncidentStore;
import dev.vigil.incidents.store.NewIncident;
import dev.vigil.incidents.store.StoreLocation;
import dev.vigil.views.common.EvidenceDraft;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.common.Pinboard;
import dev.vigil.views.common.StoreConnection;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence with a file (a chart's PNG): the file lands in the evidence folder, the incident names it. */
@ExtendWith(ApplicationExtension.class)
class WorkspacePinboardTest {

    private final ExecutorService io = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private StoreConnection connection;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // The toolkit is all this test needs.
    }

    @AfterEach
    void stop() {
        if (connection != null) {
            connection.close();
        }
        io.shutdownNow();
        timer.shutdownNow();
    }

    @Test
    void pinnedFileIsSavedUnderTheIncidentAndNamedInItsEvidence() throws Exception {
        StoreLocation location = StoreLocation.sqliteFile(dir.resolve("incidents.db"));
        try (var store = JdbcIncidentStore.open(location)) {
            store.declare(new NewIncident("INC-9", "Checkout slow", "checkout", Severity.SEV2, null, Instant.now(), "ana",
                    EventSource.MANUAL, List.of()));
        }
        connection = new StoreConnection(() -> JdbcIncidentStore.open(location), location.toString(), io, timer, FxThread.executor());
        WorkspacePinboard pinboard = new WorkspacePinboard(connection, "ana", dir.resolve("evidence"));
        AtomicReference<Object> outcome = new AtomicReference<>();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        WaitForAsyncUtils.asyncFx(connection::connect);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> connection.storeProperty().get() != null);

        WaitForAsyncUtils.asyncFx(() -> {
            pinboard.setActive(new Pinboard.ActiveIncident("INC-9", "Checkout slow"));
            pinboard.pin(new EvidenceDraft("metric_snapshot", "checkout · Latency p95", "p95 412 ms", "promql:…",
                    Map.of("values.csv", "time,value\n"), Map.of("chart.png", png)), outcome::set, outcome::set);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outcome.get() != null);

        assertThat(outcome.get()).isInstanceOf(Pinboard.ActiveIncident.class);
        try (var store = JdbcIncidentStore.open(location)) {
            Evidence evidence = store.find("INC-9").orElseThrow().evidence().getFirst();
            String summary = evidence.summary();
            assertThat(summary).contains("--- values.csv ---").contains("--- chart.png ---");
            Path saved = Path.of(URI.create(summary.substring(summary.lastIndexOf("file:")).strip()));
            assertThat(saved.getParent()).isEqualTo(dir.resolve("evidence").resolve("INC-9").toAbsolutePath());
            assertThat(Files.readAllBytes(saved)).isEqualTo(png);
        }
    }
}
