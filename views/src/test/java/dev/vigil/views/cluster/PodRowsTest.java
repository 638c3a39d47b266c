package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PodRowsTest {

    private static PodSummary pod(String name, int restarts) {
        return new PodSummary("ns", name, 1, 1, "Running", "Running", null, PodHealth.RUNNING, restarts, null,
                Instant.EPOCH, null, null, null, null, Map.of());
    }

    @Test
    void aBatchOfAddsUpdatesAndDeletesIsOneChangeAndTheSortedViewFollows() {
        PodRows rows = new PodRows();
        SortedList<PodSummary> sorted = new SortedList<>(rows, Comparator.comparing(PodSummary::name));
        Map<String, Optional<PodSummary>> first = new LinkedHashMap<>();
        for (String n : new String[]{"d", "b", "a", "c"}) {
            first.put("ns/" + n, Optional.of(pod(n, 0)));
        }
        rows.apply(first);
        AtomicInteger changes = new AtomicInteger();
        sorted.addListener((ListChangeListener<PodSummary>) c -> changes.incrementAndGet());

        Map<String, Optional<PodSummary>> second = new LinkedHashMap<>();
        second.put("ns/b", Optional.empty());
        second.put("ns/c", Optional.of(pod("c", 5)));
        second.put("ns/e", Optional.of(pod("e", 0)));
        second.put("ns/a", Optional.empty());
        rows.apply(second);

        assertThat(changes).hasValue(1);
        assertThat(sorted).extracting(PodSummary::name).containsExactly("c", "d", "e");
        assertThat(rows.byKey("ns/c").restarts()).isEqualTo(5);
        assertThat(rows.byKey("ns/b")).isNull();
        assertThat(rows.byKey("ns/e").name()).isEqualTo("e");
    }

    @Test
    void aLargeBatchReplacesTheContentInOneGo() {
        PodRows rows = new PodRows();
        Map<String, Optional<PodSummary>> batch = new LinkedHashMap<>();
        for (int i = 0; i < 5000; i++) {
            batch.put("ns/p" + i, Optional.of(pod("p" + i, 0)));
        }
        rows.apply(batch);
        Map<String, Optional<PodSummary>> deletes = new LinkedHashMap<>();
        for (int i = 0; i < 5000; i += 2) {
            deletes.put("ns/p" + i, Optional.empty());
        }
        rows.apply(deletes);
        assertThat(rows).hasSize(2500);
        assertThat(rows.byKey("ns/p4999").name()).isEqualTo("p4999");
        assertThat(rows.byKey("ns/p0")).isNull();
    }
}
