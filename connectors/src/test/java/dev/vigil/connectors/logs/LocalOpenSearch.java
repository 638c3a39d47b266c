package dev.vigil.connectors.logs;

import dev.vigil.connectors.LocalProcess;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
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
        LocalOpenSearch node = new LocalOpenSearch(Files.createTempDirectory("vigil-opensearch-"), LocalProcess.freePort(), heap);
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
        LocalProcess.awaitReady(process, url().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"),
                home.resolve("node.log"), "the OpenSearch node", Duration.ofSeconds(90));
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
