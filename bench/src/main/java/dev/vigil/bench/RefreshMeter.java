package dev.vigil.bench;

import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import dev.vigil.connectors.prometheus.PromQueryException;
import dev.vigil.views.metrics.RefreshTiming;
import javafx.beans.value.ObservableValue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;

/**
 * The FX thread's cost of each metrics refresh, and how long the refresh took until it was on screen.
 * A refresh's answers are applied in batches as they arrive; its FX time is those batches plus every
 * pulse from its first batch to the pulse that paints its last one — each pulse measured whole, from the
 * first stage listener to the last post-scene listener (CSS, layout and the sync to the renderer). Any
 * other pulse in that span counts too, so the figure errs on the high side. The toolkit listeners are
 * not public API; the bench runs on the classpath, where they are reachable (as {@link PulseMeter}'s).
 */
final class RefreshMeter {

    private record Pulse(long start, long wall, long cpu) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final List<Double> fxMillis = Collections.synchronizedList(new ArrayList<>());
    final List<Double> fxCpuMillis = Collections.synchronizedList(new ArrayList<>());
    final List<Double> applyMillis = Collections.synchronizedList(new ArrayList<>());
    final List<Double> refreshMillis = Collections.synchronizedList(new ArrayList<>());
    final List<Double> pulsesPerRefresh = Collections.synchronizedList(new ArrayList<>());
    /** Queries out → the round's last answer applied (its queries, parsing, and the hop to the FX thread). */
    final List<Double> appliedMillis = Collections.synchronizedList(new ArrayList<>());
    /** The round's last answer applied → the pulse that paints it done (waiting for the pulse, then the pulse). */
    final List<Double> paintMillis = Collections.synchronizedList(new ArrayList<>());

    /** Queries out → the round's last range query answered and parsed, by Vigil's own client. */
    final List<Double> answeredMillis = Collections.synchronizedList(new ArrayList<>());
    /** The round's last range answer parsed → applied on the FX thread (split, gate, hop, apply). */
    final List<Double> hopMillis = Collections.synchronizedList(new ArrayList<>());

    /** VIGIL_BENCH_DEBUG: one line per refresh (start, answered, hop, paint, fx), printed at the end. */
    final List<String> debugRows = Collections.synchronizedList(new ArrayList<>());
    private final boolean debug = System.getenv("VIGIL_BENCH_DEBUG") != null;

    private final ConcurrentLinkedDeque<Long> rangeAnswers = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<long[]> rangeSpans = new ConcurrentLinkedDeque<>();
    private final ArrayDeque<Pulse> recent = new ArrayDeque<>();
    // The toolkit keeps pulse listeners in weak maps: held here or they vanish at the next GC.
    private TKPulseListener first;
    private TKPulseListener last;
    private long pulseStart;
    private long pulseCpuStart;
    private RefreshTiming finished;
    private volatile boolean recording;

    /** FX thread. */
    void install(ObservableValue<RefreshTiming> lastRefresh) {
        lastRefresh.addListener((obs, old, timing) -> finished = timing);
        first = () -> {
            pulseStart = System.nanoTime();
            pulseCpuStart = THREADS.getCurrentThreadCpuTime();
        };
        last = () -> {
            long end = System.nanoTime();
            recent.addLast(new Pulse(pulseStart, end - pulseStart, THREADS.getCurrentThreadCpuTime() - pulseCpuStart));
            while (recent.size() > 600) {
                recent.removeFirst();
            }
            RefreshTiming t = finished;
            if (t != null) {
                finished = null;
                if (recording) {
                    close(t, end);
                }
            }
        };
        Toolkit.getToolkit().addStageTkPulseListener(first);
        Toolkit.getToolkit().addPostSceneTkPulseListener(last);
    }

    /** Any thread: a request of the model's client finished (its answer parsed); range queries are a round's readings. */
    void queryFinished(String endpoint, long nanos, PromQueryException.Kind failure) {
        if (endpoint.equals("query_range")) {
            long now = System.nanoTime();
            rangeAnswers.addLast(now);
            if (debug) {
                rangeSpans.addLast(new long[]{now - nanos, now});
                while (rangeSpans.size() > 200) {
                    rangeSpans.pollFirst();
                }
            }
            while (rangeAnswers.size() > 200) {
                rangeAnswers.pollFirst();
            }
        }
    }

    void recording(boolean on) {
        recording = on;
    }

    /** The pulse that just ended painted the refresh's last answers. */
    private void close(RefreshTiming t, long paintedAt) {
        long wall = t.applyNanos();
        long cpu = t.applyCpuNanos();
        int pulses = 0;
        for (Pulse p : recent) {
            if (p.start() >= t.firstApplyNanos()) {
                wall += p.wall();
                cpu += p.cpu();
                pulses++;
            }
        }
        fxMillis.add(wall / 1e6);
        fxCpuMillis.add(cpu / 1e6);
        applyMillis.add(t.applyMillis());
        refreshMillis.add((paintedAt - t.startedNanos()) / 1e6);
        pulsesPerRefresh.add((double) pulses);
        appliedMillis.add((t.lastApplyEndNanos() - t.startedNanos()) / 1e6);
        paintMillis.add((paintedAt - t.lastApplyEndNanos()) / 1e6);
        long lastAnswer = 0;
        for (long a : rangeAnswers) {
            if (a >= t.startedNanos() && a <= t.lastApplyEndNanos()) {
                lastAnswer = Math.max(lastAnswer, a);
            }
        }
        if (lastAnswer != 0) {
            answeredMillis.add((lastAnswer - t.startedNanos()) / 1e6);
            hopMillis.add((t.lastApplyEndNanos() - lastAnswer) / 1e6);
        }
        if (debug) {
            debugRows.add(String.format(Locale.ROOT, "refresh at %d ms: total %.1f answered %.1f hop %.1f paint %.1f fx %.1f (cpu %.1f) pulses %d",
                    t.startedNanos() / 1_000_000 % 100_000, (paintedAt - t.startedNanos()) / 1e6,
                    lastAnswer == 0 ? Double.NaN : (lastAnswer - t.startedNanos()) / 1e6,
                    lastAnswer == 0 ? Double.NaN : (t.lastApplyEndNanos() - lastAnswer) / 1e6,
                    (paintedAt - t.lastApplyEndNanos()) / 1e6, wall / 1e6, cpu / 1e6, pulses)
                    + rangeSpans.stream().filter(a -> a[1] >= t.startedNanos() && a[1] <= t.lastApplyEndNanos())
                        .map(a -> String.format(Locale.ROOT, " [%.1f+%.1f]", (a[0] - t.startedNanos()) / 1e6, (a[1] - a[0]) / 1e6))
                        .collect(Collectors.joining()));
        }
    }

    void clear() {
        fxMillis.clear();
        fxCpuMillis.clear();
        applyMillis.clear();
        refreshMillis.clear();
        pulsesPerRefresh.clear();
        appliedMillis.clear();
        paintMillis.clear();
        answeredMillis.clear();
        hopMillis.clear();
        debugRows.clear();
    }
}
