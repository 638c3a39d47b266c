package dev.vigil.bench;

import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * How long the FX thread is busy per frame: the scene pulse (CSS, layout, sync to the renderer,
 * measured from the first stage listener to the last post-scene listener) plus the work the view
 * model ran on the FX thread in the frame before it (its batches arrive through {@link #timed}): every
 * command that ended less than one 60 Hz frame (16.7 ms) before the pulse began, counted whole.
 * Work that ended earlier held up no frame: had it changed anything on screen, a pulse would have
 * come between (a table whose rows move once a second pulses a few times a second, not 60; counting
 * everything since the previous pulse then added up a second of separate batches into one frame).
 * JavaFX has no public hook around a whole pulse, hence the toolkit listeners; the bench runs on
 * the classpath, where they are reachable. Beside wall time it records the FX thread's CPU time for
 * the same span ({@link #cpuSamples}): on a shared machine the thread may wait for a core mid-pulse,
 * which wall time counts and CPU time does not.
 */
final class PulseMeter {

    private final List<Double> samples = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> sceneSamples = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> callbackSamples = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> cpuSamples = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> sampleTimes = Collections.synchronizedList(new ArrayList<>());
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // The toolkit keeps its pulse listeners in weak maps: hold them here or they vanish at the next GC.
    private TKPulseListener first;
    private TKPulseListener last;
    private long pulseStart;
    private long pulseCpuStart;
    private static final long FRAME_NANOS = 16_666_667;
    // Commands since the previous pulse: when each ended, its wall and CPU time (and under VIGIL_BENCH_DEBUG, what it was).
    private record Command(long end, long wall, long cpu, String what) {
    }

    private final ArrayDeque<Command> commands = new ArrayDeque<>();
    // VIGIL_BENCH_DEBUG: the commands each recorded frame counted, with their CPU time.
    private final List<String> frameNotes = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean recording;
    // VIGIL_BENCH_DEBUG: the FX thread's stack, sampled every 2 ms while one view-model command has run
    // for over 10 ms, and each command over 20 ms of CPU, so that a slow apply can be told by its code.
    private final boolean debug = System.getenv("VIGIL_BENCH_DEBUG") != null;
    private volatile Thread fxThread;
    private volatile long commandSince;
    private final Map<String, Integer> slowStacks = new ConcurrentHashMap<>();

    /** Installs the listeners; FX thread. */
    void install() {
        first = () -> {
            pulseStart = System.nanoTime();
            pulseCpuStart = threads.getCurrentThreadCpuTime();
        };
        last = () -> {
            long pulse = System.nanoTime() - pulseStart;
            long pulseCpu = threads.getCurrentThreadCpuTime() - pulseCpuStart;
            long callbackNanos = 0;
            long callbackCpuNanos = 0;
            StringBuilder notes = debug ? new StringBuilder() : null;
            for (Command c : commands) {
                if (c.end() >= pulseStart - FRAME_NANOS) {
                    callbackNanos += c.wall();
                    callbackCpuNanos += c.cpu();
                    if (notes != null) {
                        notes.append(notes.isEmpty() ? "" : ", ").append(c.what()).append(String.format(" %.1f", c.cpu() / 1e6));
                    }
                }
            }
            commands.clear();
            if (recording) {
                samples.add((pulse + callbackNanos) / 1e6);
                sceneSamples.add(pulse / 1e6);
                callbackSamples.add(callbackNanos / 1e6);
                cpuSamples.add((pulseCpu + callbackCpuNanos) / 1e6);
                sampleTimes.add(pulseStart);
                if (notes != null) {
                    frameNotes.add(notes.toString());
                }
            }
        };
        Toolkit.getToolkit().addStageTkPulseListener(first);
        Toolkit.getToolkit().addPostSceneTkPulseListener(last);
    }

    /** Wraps the FX executor so the work it runs counts towards the next pulse. */
    Executor timed(Executor fx) {
        if (debug) {
            startStackSampler();
        }
        return command -> fx.execute(() -> {
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            fxThread = Thread.currentThread();
            commandSince = t0;
            try {
                command.run();
            } finally {
                commandSince = 0;
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                long end = System.nanoTime();
                commands.addLast(new Command(end, end - t0, cpu, debug ? describe(command) : null));
                if (commands.size() > 10_000) {
                    commands.removeFirst(); // no pulse for a long while: long past any frame
                }
                if (debug && recording && cpu > 20_000_000) {
                    System.err.printf("DBG slow command %s: cpu %.1f ms, wall %.1f ms%n", command.getClass().getName(), cpu / 1e6,
                            (System.nanoTime() - t0) / 1e6);
                }
            }
        });
    }

    /** A command's lambda class, short: "ClusterViewModel$$Lambda" → "ClusterViewModel λ". */
    private static String describe(Runnable command) {
        String name = command.getClass().getName();
        name = name.substring(name.lastIndexOf('.') + 1);
        int lambda = name.indexOf("$$Lambda");
        return lambda < 0 ? name : name.substring(0, lambda) + " λ" + Integer.toHexString(command.getClass().hashCode() & 0xfff);
    }

    /** VIGIL_BENCH_DEBUG: the commands each recorded frame counted (what, CPU ms), in the order of {@link #samples}. */
    List<String> frameNotes() {
        synchronized (frameNotes) {
            return new ArrayList<>(frameNotes);
        }
    }

    private void startStackSampler() {
        Thread sampler = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
                long since = commandSince;
                Thread fx = fxThread;
                if (recording && fx != null && since != 0 && System.nanoTime() - since > 10_000_000) {
                    StackTraceElement[] stack = fx.getStackTrace();
                    StringBuilder key = new StringBuilder();
                    for (int i = 0; i < Math.min(14, stack.length); i++) {
                        key.append("\n      ").append(stack[i]);
                    }
                    slowStacks.merge(key.toString(), 1, Integer::sum);
                }
            }
        }, "bench-fx-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** VIGIL_BENCH_DEBUG: prints the most frequent FX stacks of long view-model commands. */
    void printSlowStacks() {
        if (!debug) {
            return;
        }
        slowStacks.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                .forEach(e -> System.err.printf("DBG FX stack in a long command, %d samples:%s%n", e.getValue(), e.getKey()));
    }

    void recording(boolean on) {
        recording = on;
    }

    List<Double> samples() {
        synchronized (samples) {
            return new ArrayList<>(samples);
        }
    }

    /** The scene part of each pulse (CSS, layout, sync). */
    List<Double> sceneSamples() {
        synchronized (sceneSamples) {
            return new ArrayList<>(sceneSamples);
        }
    }

    /** The view model's FX work before each pulse (applying batches). */
    List<Double> callbackSamples() {
        synchronized (callbackSamples) {
            return new ArrayList<>(callbackSamples);
        }
    }

    /** The FX thread's CPU time for each recorded frame (scene pulse plus the view model's work), ms. */
    List<Double> cpuSamples() {
        synchronized (cpuSamples) {
            return new ArrayList<>(cpuSamples);
        }
    }

    /** When each recorded frame started ({@link System#nanoTime}), in the order of the samples. */
    List<Long> sampleTimes() {
        synchronized (sampleTimes) {
            return new ArrayList<>(sampleTimes);
        }
    }

    /** The recorded pulses as bench figures: count, p50, p99, max, and the scene and apply parts' p99. */
    void putFigures(Map<String, Object> figures) {
        List<Double> all = samples();
        figures.put("pulses", all.size());
        figures.put("pulse_p50_ms", BenchSupport.round(percentile(all, 50), 2));
        figures.put("pulse_p99_ms", BenchSupport.round(percentile(all, 99), 2));
        figures.put("pulse_max_ms", BenchSupport.round(all.stream().mapToDouble(Double::doubleValue).max().orElse(0), 2));
        figures.put("pulse_scene_p99_ms", BenchSupport.round(percentile(sceneSamples(), 99), 2));
        figures.put("pulse_apply_p99_ms", BenchSupport.round(percentile(callbackSamples(), 99), 2));
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
