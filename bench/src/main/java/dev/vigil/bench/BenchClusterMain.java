package dev.vigil.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pods bench's API servers in a JVM of their own: two mock servers holding the same pods (the
 * bare informer's and the console's, see {@link PodsBench}), driven over stdin/stdout. Prints
 * {@code READY <bare-url> <console-url> <seed-seconds>}, then answers {@code nice N} (lowers every
 * thread of this JVM to nice N: {@code NICED rc}) and {@code churn RATE SECONDS}
 * with {@code CHURNED <updates> <seconds>}; exits on {@code quit} or end of input.
 */
public final class BenchClusterMain {

    private BenchClusterMain() {
    }

    /**
     * Runs the churn path once on a small server nobody watches, so that this JVM's JIT has compiled it
     * before the measured churn: the load generator's warm-up is not the console's, but on two shared
     * cores its compiler threads would otherwise take CPU from the console in the churn's first seconds.
     */
    private static void warmUp() throws Exception {
        try (BenchCluster scratch = new BenchCluster()) {
            scratch.seed(2_000, 10, 100);
            scratch.churnFor(2_000, 3);
        }
    }

    public static void main(String[] args) throws Exception {
        int pods = Integer.parseInt(args[0]);
        int namespaces = Integer.parseInt(args[1]);
        int sickEvery = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        java.util.logging.LogManager.getLogManager().reset();
        warmUp();
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
            if (words[0].equals("churn")) {
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
