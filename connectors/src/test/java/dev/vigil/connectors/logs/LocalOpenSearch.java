package dev.vigil.connectors.logs;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real OpenSearch 3.8 node on 127.0.0.1, in a child JVM with its own class path (module
 * {@code opensearch-node}: its netty 4.2 would clash with Fabric8's netty 4.1 here). Stopping keeps its
 * data, so a restart on the same port serves the same indices, as a production restart would. The child
 * stops by itself when this JVM goes away (it watches its standard input). Used by tests and {@code ./vigil bench logs}.
 */
public final class LocalOpenSearch implements AutoCloseable {

    private final Path home;
    private final int port;
    private final String heap;
    private Process process;
    private OutputStream keepAlive;

    private LocalOpenSearch(Path home, int port, String heap) {
        this.home = home;
        this.port = port;
        this.heap = heap;
    }

    /** Starts a node with {@code heap} (e.g. "384m") and waits until it answers. */
    public static LocalOpenSearch start(String heap) throws IOException {
        LocalOpenSearch node = new LocalOpenSearch(Files.createTempDirectory("vigil-opensearch-"), freePort(), heap);
        node.startProcess();
        return node;
    }

    /** The launcher jar built by module {@code opensearch-node}, found from the working directory upwards. */
    static Path launcherJar() {
        String configured = System.getProperty("vigil.opensearch.node");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path jar = dir.resolve("opensearch-node/target/vigil-opensearch-node.jar");
            if (Files.isRegularFile(jar)) {
                return jar;
            }
        }
        throw new IllegalStateException("opensearch-node/target/vigil-opensearch-node.jar is missing: build the project first "
                + "(./vigil build, or ./mvnw -pl connectors -am verify, which builds it before the connectors)");
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** Stops the node as an outage would, keeping its data. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        try {
            keepAlive.close();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    /** Starts it again on the same port and data. */
    public void restart() throws IOException {
        if (!running()) {
            startProcess();
        }
    }

    private void startProcess() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xms" + heap, "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "-Dlog4j2.level=warn",
                "-jar", launcherJar().toString(), home.toString(), String.valueOf(port));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("node.log").toFile()))
                .start();
        keepAlive = process.getOutputStream();
        waitUntilReady();
    }

    private void waitUntilReady() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the OpenSearch node exited with " + process.exitValue() + ": " + log());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(url().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for OpenSearch", e);
            }
            sleep(200);
        }
        throw new IOException("OpenSearch did not answer within 90 s: " + log());
    }

    private String log() {
        try {
            String text = Files.readString(home.resolve("node.log"));
            return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
