package dev.vigil.bench;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pods bench's API servers in a JVM of their own: two mock servers holding the same pods (the
 * bare informer's and the console's, see {@link PodsBench}), driven over stdin/stdout. Prints
 * {@code READY <bare-url> <console-url> <seed-seconds>}, then answers {@code warm} (churns the bare
 * informer's server, once its list is done, until this JVM's JIT has compiled the churn: {@code WARMED
 * <updates> <seconds>}), {@code nice N} (lowers every
 * thread of this JVM to nice N: {@code NICED rc}) and {@code churn RATE SECONDS}
 * with {@code CHURNED <updates> <seconds>}; exits on {@code quit} or end of input.
 */
public final class BenchClusterMain {

    private BenchClusterMain() {
    }

    /**
     * Churns {@code cluster}, watched by a client of this JVM, until this JVM's JIT has little left to
     * compile (a second of churn adding under 30 ms of compiling, at least 5 s, at most 40 s), so that
     * the measured churn's sending of watch events runs compiled code: the load generator's warm-up is not
     * the console's, but on two shared cores its compiler threads would otherwise take a core from the
     * console in the churn's first seconds (C2 reaches the send path only 10-20 s into a churn, and a
     * store of another size recompiles it). The watch is closed once the churn has stopped (closing one
     * while the mock sends stalls its event loop). Returns the updates sent.
     */
    private static long warmUp(BenchCluster cluster) throws Exception {
        AtomicLong seen = new AtomicLong();
        Watch watch = cluster.client().pods().inAnyNamespace().watch(new Watcher<Pod>() {
            @Override
            public void eventReceived(Action action, Pod pod) {
                seen.incrementAndGet();
            }

            @Override
            public void onClose(WatcherException cause) {
            }
        });
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long sent = 0;
        for (int second = 0; second < 40; second++) {
            long before = jit.getTotalCompilationTime();
            sent += cluster.churnFor(2_500, 1);
            if (second >= 4 && jit.getTotalCompilationTime() - before < 30) {
                break;
            }
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (seen.get() < sent && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        watch.close();
        return sent;
    }

    public static void main(String[] args) throws Exception {
        int pods = Integer.parseInt(args[0]);
        int namespaces = Integer.parseInt(args[1]);
        int sickEvery = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        java.util.logging.LogManager.getLogManager().reset();
        BenchCluster bare = new BenchCluster();
        BenchCluster console = new BenchCluster();
        System.err.printf("pods bench: creating %,d pods in %d namespaces on %s and %s (child JVM)%n", pods, namespaces,
                bare.url(), console.url());
        bare.seed(pods, namespaces, sickEvery);
        double seed = console.seed(pods, namespaces, sickEvery);
        System.out.printf(Locale.ROOT, "READY %s %s %.1f%n", bare.url(), console.url(), seed);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.trim().split("\\s+");
            if (words[0].equals("warm")) {
                long t0 = System.nanoTime();
                long sent = warmUp(bare);
                System.out.printf(Locale.ROOT, "WARMED %d %.2f%n", sent, (System.nanoTime() - t0) / 1e9);
                System.out.flush();
            } else if (words[0].equals("churn")) {
                long t0 = System.nanoTime();
                long sent = console.churnFor(Integer.parseInt(words[1]), Integer.parseInt(words[2]));
                System.out.printf(Locale.ROOT, "CHURNED %d %.2f%n", sent, (System.nanoTime() - t0) / 1e9);
                System.out.flush();
            } else if (words[0].equals("nice")) {
                // Every thread of this JVM (the churn's senders will be started by one of them and inherit it).
                List<String> command = new ArrayList<>(List.of("renice", "-n", words[1], "-p"));
                try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                    tasks.forEach(t -> command.add(t.getFileName().toString()));
                }
                int rc = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor();
                System.out.println("NICED " + rc);
                System.out.flush();
            } else if (words[0].equals("quit")) {
                break;
            }
        }
        // The mock can stall its event loop on closing watches; nothing here needs a clean shutdown.
        Runtime.getRuntime().halt(0);
    }
}
