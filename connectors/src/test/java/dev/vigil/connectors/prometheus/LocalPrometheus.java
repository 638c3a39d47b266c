package dev.vigil.connectors.prometheus;

import dev.vigil.connectors.LocalProcess;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real Debian {@code prometheus} binary on 127.0.0.1 with a temporary config and data directory,
 * scraping the given targets every second. Stopping keeps the data directory, so a restart serves the
 * history again, as a production restart would. Used by tests and by {@code ./vigil bench tiles}.
 */
public final class LocalPrometheus implements AutoCloseable {

    /** A scrape target: {@code host:port} and the {@code service}/{@code namespace} labels it gets. */
    public record Target(String address, String service, String namespace) {
    }

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/prometheus"), Path.of("/usr/local/bin/prometheus"));

    private final Path dir;
    private final Path binary;
    private final int port;
    private Process process;

    private LocalPrometheus(Path dir, Path binary, int port) {
        this.dir = dir;
        this.binary = binary;
        this.port = port;
    }

    /** Starts Prometheus and waits until it is ready; fails with an install hint when the binary is missing. */
    public static LocalPrometheus start(List<Target> targets, Duration scrapeInterval) throws IOException {
        Path binary = binary();
        Path dir = Files.createTempDirectory("vigil-prometheus-");
        Files.writeString(dir.resolve("prometheus.yml"), config(targets, scrapeInterval));
        LocalPrometheus prometheus = new LocalPrometheus(dir, binary, LocalProcess.freePort());
        prometheus.startProcess();
        return prometheus;
    }

    public static Path binary() {
        return binary(CANDIDATES, System.getenv().getOrDefault("PATH", ""));
    }

    static Path binary(List<Path> candidates, String path) {
        for (Path p : candidates) {
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        for (String d : path.split(":")) {
            Path p = Path.of(d, "prometheus");
            if (!d.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IllegalStateException("The Debian package 'prometheus' is not installed, and these tests need the real "
                + "server. './vigil test' installs it when run as root; otherwise run: sudo apt-get install prometheus");
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** Stops the server as an outage would (SIGTERM), keeping its data. */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
            process = null;
        }
    }

    /** Starts it again on the same port and data. */
    public void restart() throws IOException {
        if (running()) {
            return;
        }
        startProcess();
    }

    private void startProcess() throws IOException {
        List<String> command = new ArrayList<>(List.of(binary.toString(),
                "--config.file=" + dir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--storage.tsdb.retention.time=2h",
                "--log.level=warn"));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("prometheus.log").toFile()))
                .start();
        LocalProcess.awaitReady(process, url().resolve("/-/ready"), dir.resolve("prometheus.log"), "prometheus");
    }

    static String config(List<Target> targets, Duration interval) {
        StringBuilder yaml = new StringBuilder();
        String every = interval.toMillis() + "ms";
        yaml.append("global: {scrape_interval: ").append(every).append(", evaluation_interval: ").append(every).append("}\n");
        yaml.append("scrape_configs:\n");
        for (Target t : targets) {
            yaml.append("  - job_name: '").append(t.service()).append("-").append(t.address().replace(':', '-')).append("'\n")
                    .append("    static_configs:\n")
                    .append("      - targets: ['").append(t.address()).append("']\n")
                    .append("        labels: {service: '").append(t.service()).append("', namespace: '").append(t.namespace()).append("'}\n");
        }
        return yaml.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
