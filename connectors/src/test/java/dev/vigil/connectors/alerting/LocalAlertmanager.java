package dev.vigil.connectors.alerting;

import dev.vigil.connectors.LocalProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real Debian {@code prometheus-alertmanager} binary on 127.0.0.1 with a temporary config and
 * data directory, clustering off. {@link #post} sends alerts as Prometheus would. Used by tests and
 * by {@code ./vigil bench alerts}.
 */
public final class LocalAlertmanager implements AutoCloseable {

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/prometheus-alertmanager"),
            Path.of("/usr/local/bin/alertmanager"), Path.of("/usr/bin/alertmanager"));
    private static final String CONFIG = """
            route:
              receiver: 'nowhere'
              group_wait: 1s
              group_interval: 1s
            receivers:
              - name: 'nowhere'
            """;

    private final Path dir;
    private final int port;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private LocalAlertmanager(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /** Starts Alertmanager and waits until it is ready; fails with an install hint when the binary is missing. */
    public static LocalAlertmanager start() throws IOException {
        Path binary = binary();
        Path dir = Files.createTempDirectory("vigil-alertmanager-");
        Files.writeString(dir.resolve("alertmanager.yml"), CONFIG);
        int port = LocalProcess.freePort();
        Process p = new ProcessBuilder(binary.toString(),
                "--config.file=" + dir.resolve("alertmanager.yml"),
                "--storage.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=",
                "--log.level=warn")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("alertmanager.log").toFile()))
                .start();
        LocalAlertmanager am = new LocalAlertmanager(dir, port, p);
        LocalProcess.awaitReady(p, am.url().resolve("/-/ready"), dir.resolve("alertmanager.log"), "alertmanager");
        return am;
    }

    public static Path binary() {
        for (Path p : CANDIDATES) {
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IllegalStateException("The Debian package 'prometheus-alertmanager' is not installed, and these tests need "
                + "the real server. './vigil test' installs it when run as root; otherwise run: "
                + "sudo apt-get install prometheus-alertmanager");
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** One alert as Prometheus sends it: labels, annotations, and when it ends (null: still firing). */
    public record Posted(Map<String, String> labels, Map<String, String> annotations, Instant startsAt, Instant endsAt) {
    }

    /** Posts alerts ({@code POST /api/v2/alerts}); fails unless Alertmanager takes them. */
    public void post(List<Posted> alerts) throws IOException, InterruptedException {
        StringBuilder json = new StringBuilder("[");
        for (Posted a : alerts) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"labels\":").append(AlertHttp.JSON.writeValueAsString(a.labels()))
                    .append(",\"annotations\":").append(AlertHttp.JSON.writeValueAsString(a.annotations()))
                    .append(",\"startsAt\":\"").append(a.startsAt()).append('"')
                    .append(",\"generatorURL\":\"http://prometheus.test:9090/graph?g0.expr=up\"");
            if (a.endsAt() != null) {
                json.append(",\"endsAt\":\"").append(a.endsAt()).append('"');
            }
            json.append('}');
        }
        json.append(']');
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url().resolve("/api/v2/alerts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("alertmanager refused the alerts: HTTP " + r.statusCode() + " " + r.body());
        }
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
