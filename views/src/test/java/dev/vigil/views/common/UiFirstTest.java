package dev.vigil.views.common;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UiFirstTest {

    @Test
    void theCompilersAndTheKubernetesClientsThreadsAreLoweredAndNoOthers() {
        for (String bulk : List.of("C2 CompilerThre", "C1 CompilerThre", "vert.x-eventloo", "vertx-blocked-t", "-1002410023-poo", "768669591-pool-")) {
            assertTrue(UiFirst.lowers(bulk), bulk);
        }
        for (String kept : List.of("JavaFX Applicat", "QuantumRenderer", "llvmpipe-0", "GC Thread#1", "HttpClient-1-Se", "vigil-io-1",
                "pool-5-thread-3")) {
            assertFalse(UiFirst.lowers(kept), kept);
        }
    }

    @Test
    void theNiceValueIsReadAfterANameWithSpacesAndParentheses() {
        String stat = "4242 (odd (name) x) S 1 4242 1 0 -1 4194560 100 0 0 0 5 3 0 0 25 5 9 0 123 4567 89";
        assertEquals(5, UiFirst.niceOf(stat));
    }

    @Test
    void aKubernetesClientThreadIsLoweredAndTheWindowsAndTheIoPoolsAreNot() throws Exception {
        // Linux is where the console runs it (and where CI runs): the test needs the per-thread view.
        assertTrue(Files.isDirectory(Path.of("/proc/self/task")), "expected Linux /proc");
        CountDownLatch done = new CountDownLatch(1);
        Thread background = new Thread(() -> await(done), "-4242-pool-prob");
        Thread window = new Thread(() -> await(done), "JavaFX Application Thread");
        Thread io = new Thread(() -> await(done), "vigil-io-probe");
        background.start();
        window.start();
        io.start();
        try {
            Thread.sleep(50);
            int windowBefore = niceOf("JavaFX Applicat");
            int ioBefore = niceOf("vigil-io-probe");
            // One pass through the real selection, limited to the probes: the rest of this JVM keeps its priorities.
            var probes = java.util.Set.of("-4242-pool-prob", "JavaFX Applicat", "vigil-io-probe");
            assertTrue(UiFirst.lowerOnce(name -> probes.contains(name) && UiFirst.lowers(name)), "lowering is available on Linux");
            assertTrue(niceOf("-4242-pool-prob") >= UiFirst.BACKGROUND_NICE, "the Kubernetes client's thread is lowered");
            assertEquals(windowBefore, niceOf("JavaFX Applicat"), "the window's thread keeps its priority");
            assertEquals(ioBefore, niceOf("vigil-io-probe"), "a thread someone waits on keeps its priority");
        } finally {
            done.countDown();
        }
    }

    private static void await(CountDownLatch done) {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The nice value of this process's thread of that kernel name. */
    private static int niceOf(String comm) throws Exception {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                if (Files.readString(t.resolve("comm")).strip().equals(comm)) {
                    return UiFirst.niceOf(Files.readString(t.resolve("stat")));
                }
            }
        }
        throw new AssertionError("no thread named " + comm);
    }
}
