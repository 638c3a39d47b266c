package dev.vigil.connectors;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** What the tests' local servers (Prometheus, Alertmanager) share: a free port, waiting until ready, their log. */
public final class LocalProcess {

    private LocalProcess() {
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits until {@code ready} answers 200, failing with the end of the server's log if it exits or takes 30 s. */
    public static void awaitReady(Process process, URI ready, Path log, String name) throws IOException {
        awaitReady(process, ready, log, name, Duration.ofSeconds(30));
    }

    /** As above, with a limit of its own (a JVM-hosted server takes longer than a binary). */
    public static void awaitReady(Process process, URI ready, Path log, String name, Duration limit) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + ": " + tail(log));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(ready).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + name, e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new IOException(name + " did not become ready within " + limit.toSeconds() + " s: " + tail(log));
    }

    /** The last 2,000 characters of a server's log. */
    public static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
