package dev.vigil.views.cluster;

import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LogLinesTest {

    private static List<LogLine> lines(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new LogLine(i, "p", 0, "line " + i)).toList();
    }

    @Test
    void theRingKeepsOnlyTheNewestLinesAndReportsEachBatchOnce() {
        LogLines ring = new LogLines(100);
        List<String> events = new ArrayList<>();
        ring.addListener((ListChangeListener<LogLine>) c -> events.add("change"));
        for (int batch = 0; batch < 50; batch++) {
            ring.append(lines(batch * 30, batch * 30 + 30));
        }
        assertThat(ring).hasSize(100);
        assertThat(ring.getFirst().text()).isEqualTo("line 1400");
        assertThat(ring.getLast().text()).isEqualTo("line 1499");
        assertThat(events).hasSize(50);
    }

    @Test
    void aBatchBiggerThanTheRingKeepsItsTail() {
        LogLines ring = new LogLines(10);
        ring.append(lines(0, 5));
        ring.append(lines(5, 40));
        assertThat(ring).extracting(LogLine::text).containsExactly(
                lines(30, 40).stream().map(LogLine::text).toArray(String[]::new));
    }
}
