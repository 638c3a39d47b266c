package dev.vigil.views.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Keeps the window's threads ahead of the console's bulk work for the processor. On a two-core
 * laptop, the first seconds of a busy cluster's watch bring the JIT compiling the watch path, the
 * Kubernetes client decoding hundreds of events a second and the table's rows moving all at once:
 * the FX thread then waits for the renderer, the renderer for a core, and frames take 100-400 ms
 * although each needs a few milliseconds of processor. Here the bulk work (the JIT's compiler threads
 * and the Kubernetes client's event loops and pools, whose results reach the table at most every
 * 100 ms anyway) gets nice 10 (a tenth of a normal thread's share when both want a core), so the
 * window's threads run first and the bulk takes what they leave.
 * Work whose answer someone is waiting for (metric queries, log searches, the I/O pool) keeps its
 * priority, as do the collector's and the VM's threads. Only lowering is ever asked for, which any
 * user may do to their own threads.
 *
 * <p>Linux only: a thread's nice value there is per thread ({@code setpriority} with a thread id),
 * and {@code /proc/self/task} lists the threads by name. Elsewhere this does nothing. New threads are
 * picked up every two seconds. Off with {@code -Dvigil.uiFirst=false}; another nice value with
 * {@code -Dvigil.uiFirstNice=N}.
 */
public final class UiFirst {

    private static final Logger LOG = LoggerFactory.getLogger(UiFirst.class);

    /** The nice value given to bulk threads (every other stays at the process's, normally 0). */
    public static final int BACKGROUND_NICE = Integer.getInteger("vigil.uiFirstNice", 10);

    // Thread names as the kernel keeps them (15 characters at most): the JIT's compilers, and the
    // Kubernetes client's (Vert.x event loops, workers and blocked-thread checker; Fabric8's pools, named
    // by a hash code). UiFirstClusterThreadsTest fails if a real watch starts a thread these miss.
    private static final List<String> LOWER = List.of("C1 CompilerThre", "C2 CompilerThre", "vert.x-", "vertx-");
    private static final Pattern FABRIC8_POOL = Pattern.compile("-?\\d{4,}-p.*");
    private static final int PRIO_PROCESS = 0;
    private static final Path TASKS = Path.of("/proc/self/task");
    private static volatile ScheduledExecutorService scanner;

    private UiFirst() {
    }

    /** Whether a thread of this kernel name (15 characters at most) is bulk work to lower; public for tests. */
    public static boolean lowers(String name) {
        for (String k : LOWER) {
            if (name.startsWith(k)) {
                return true;
            }
        }
        return FABRIC8_POOL.matcher(name).matches();
    }

    /**
     * Starts lowering the bulk threads of this process, now and every two seconds; returns
     * false when the platform does not allow it (not Linux, or no {@code setpriority}) or it is turned off.
     */
    public static synchronized boolean start() {
        if (scanner != null) {
            return true;
        }
        if (!Boolean.parseBoolean(System.getProperty("vigil.uiFirst", "true"))) {
            return false;
        }
        Optional<MethodHandle> setpriority = available();
        if (setpriority.isEmpty()) {
            return false;
        }
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vigil-ui-first");
            t.setDaemon(true);
            return t;
        });
        s.scheduleWithFixedDelay(() -> lower(setpriority.get(), UiFirst::lowers), 0, 2, TimeUnit.SECONDS);
        scanner = s;
        return true;
    }

    /**
     * One pass over this process's threads, lowering those of the names {@code which} picks (the
     * test's probes, so that a test run does not lower its own JVM's threads); false where unavailable.
     */
    static boolean lowerOnce(Predicate<String> which) {
        Optional<MethodHandle> setpriority = available();
        setpriority.ifPresent(h -> lower(h, which));
        return setpriority.isPresent();
    }

    private static Optional<MethodHandle> available() {
        return Files.isDirectory(TASKS) ? setpriority() : Optional.empty();
    }

    private static void lower(MethodHandle setpriority, Predicate<String> which) {
        try (DirectoryStream<Path> all = Files.newDirectoryStream(TASKS)) {
            for (Path task : all) {
                int tid;
                try {
                    tid = Integer.parseInt(task.getFileName().toString());
                } catch (NumberFormatException e) {
                    continue;
                }
                String name;
                int nice;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                    if (!which.test(name)) {
                        continue;
                    }
                    nice = niceOf(Files.readString(task.resolve("stat")));
                } catch (IOException | RuntimeException e) {
                    continue; // the thread ended meanwhile
                }
                if (nice < BACKGROUND_NICE) {
                    int rc = (int) setpriority.invokeExact(PRIO_PROCESS, tid, BACKGROUND_NICE);
                    if (rc != 0) {
                        LOG.debug("could not lower thread {} ({})", tid, name);
                    }
                }
            }
        } catch (Throwable e) {
            LOG.debug("lowering bulk threads", e);
        }
    }

    /** The nice value in a {@code /proc/.../stat} line (field 19; the name before it may hold spaces). */
    static int niceOf(String stat) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(after[16]);
    }

    private static Optional<MethodHandle> setpriority() {
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find("setpriority").map(address -> linker.downcallHandle(address,
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT)));
        } catch (Throwable e) {
            LOG.debug("no setpriority", e);
            return Optional.empty();
        }
    }
}
