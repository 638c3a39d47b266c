package dev.vigil.views.logs;

import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DemoLogSource;
import dev.vigil.connectors.logs.FollowedId;
import dev.vigil.connectors.logs.LogContext;
import dev.vigil.connectors.logs.LogFacets;
import dev.vigil.connectors.logs.LogHistogram;
import dev.vigil.connectors.logs.LogHit;
import dev.vigil.connectors.logs.LogPage;
import dev.vigil.connectors.logs.LogQuery;
import dev.vigil.connectors.logs.LogSource;
import dev.vigil.connectors.logs.PageCursor;
import dev.vigil.connectors.logs.TailBatch;
import dev.vigil.connectors.logs.TailPosition;
import dev.vigil.environments.Environment;
import dev.vigil.views.common.InMemoryPinboard;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The search's three requests may answer in any order; the view model keeps each one's answer. */
class LogsViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-22T14:30:00Z");
    private final ExecutorService io = Executors.newFixedThreadPool(3);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    /** The demo's logs, with the first page held back until the histogram has answered. */
    private static final class SlowPages implements LogSource {
        final LogSource demo;
        final CountDownLatch histogramDone = new CountDownLatch(1);

        SlowPages(LogSource demo) {
            this.demo = demo;
        }

        @Override
        public LogPage search(LogQuery query) {
            try {
                histogramDone.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return demo.search(query);
        }

        @Override
        public LogHistogram histogram(LogQuery query, int buckets) {
            LogHistogram h = demo.histogram(query, buckets);
            histogramDone.countDown();
            return h;
        }

        @Override
        public LogPage next(PageCursor cursor) {
            return demo.next(cursor);
        }

        @Override
        public LogFacets facets(LogQuery query, int size) {
            return demo.facets(query, size);
        }

        @Override
        public LogContext context(LogHit hit, int before, int after) {
            return demo.context(hit, before, after);
        }

        @Override
        public TailBatch newer(LogQuery query, TailPosition since, int max) {
            return demo.newer(query, since, max);
        }

        @Override
        public List<LogHit> follow(FollowedId kind, String id, Instant from, Instant to, int max) {
            return demo.follow(kind, id, from, to, max);
        }

        @Override
        public String description() {
            return demo.description();
        }

        @Override
        public void close() {
            demo.close();
        }
    }

    @org.junit.jupiter.api.BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        io.shutdownNow();
        timer.shutdownNow();
    }

    @Test
    void aHistogramThatAnswersBeforeThePageIsKept() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SlowPages source = new SlowPages(new DemoLogSource(new DemoFleet(DemoFleet.DEFAULT_SEED, NOW), clock));
        ReadOnlyObjectWrapper<Environment> env = new ReadOnlyObjectWrapper<>(Environment.builtInDemo());
        LogsViewModel model = WaitForAsyncUtils.asyncFx(() -> new LogsViewModel(env.getReadOnlyProperty(),
                e -> Optional.of(source), io, Runnable::run, timer, clock, new InMemoryPinboard())).get(10, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.rows().isEmpty() && !model.searchingProperty().get());

            assertThat(model.histogramProperty().get()).as("the histogram survives the page that came after it").isNotNull();
            assertThat(model.histogramProperty().get().total()).isEqualTo(model.totalProperty().get());
        } finally {
            model.close();
        }
    }
}
