package dev.vigil.sandbox;

import dev.vigil.connectors.alerting.LocalAlertmanager;
import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DemoService;
import dev.vigil.connectors.logs.LocalOpenSearch;
import dev.vigil.connectors.prometheus.LocalPrometheus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The demo fleet feeding real servers on 127.0.0.1, so the console's real connectors run end to end:
 * its services' {@code /metrics} scraped by a real Prometheus, its logs shipped into a real OpenSearch
 * node, its cluster in Fabric8's API server, its alerts in a real Alertmanager. A server that cannot
 * start is reported with the reason (and how to install it); the rest runs without it.
 */
public final class Sandbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
    public static final String CONTEXT = "vigil-sandbox";

    /** What the sandbox runs with: where it writes, how often Prometheus scrapes. */
    public record Settings(Path dir, Duration scrapeInterval, boolean logs) {
        public static Settings in(Path dir) {
            return new Settings(dir, Duration.ofSeconds(5), true);
        }
    }

    /** One server of the sandbox: its address when it runs, else why it does not. */
    public record Part(String name, Optional<URI> url, String note) {
        static Part running(String name, URI url, String note) {
            return new Part(name, Optional.of(url), note);
        }

        static Part missing(String name, String why) {
            return new Part(name, Optional.empty(), why);
        }
    }

    private final DemoFleet fleet;
    private final Clock clock;
    private final Settings settings;
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "sandbox");
        t.setDaemon(true);
        return t;
    });
    private final List<AutoCloseable> running = new ArrayList<>();
    private final Map<String, Part> parts = new LinkedHashMap<>();
    private Path environmentsFile;
    private Path kubeconfig;

    public Sandbox(DemoFleet fleet, Clock clock, Settings settings) {
        this.fleet = fleet;
        this.clock = clock;
        this.settings = settings;
    }

    /** Starts every server it can; returns when each has started or failed. */
    public Sandbox start() throws IOException {
        Files.createDirectories(settings.dir());
        FleetExporter exporter = new FleetExporter(fleet, clock);
        running.add(exporter);
        timer.scheduleAtFixedRate(exporter::step, 1, 1, TimeUnit.SECONDS);
        startPrometheus(exporter);

        SandboxCluster cluster = new SandboxCluster(fleet, timer, clock);
        running.add(cluster);
        cluster.start();
        kubeconfig = cluster.writeKubeconfig(settings.dir().resolve("kubeconfig"), CONTEXT);
        parts.put("cluster", Part.running("api server", URI.create(cluster.url()), "kube context " + CONTEXT + " in " + kubeconfig));

        startAlertmanager();
        if (settings.logs()) {
            startOpenSearch();
        }
        environmentsFile = SandboxEnvironment.write(settings.dir().resolve("environments.yaml"), fleet, parts);
        return this;
    }

    private void startPrometheus(FleetExporter exporter) {
        List<LocalPrometheus.Target> targets = new ArrayList<>();
        for (DemoService s : fleet.services()) {
            targets.add(new LocalPrometheus.Target(exporter.addresses().get(s.name()), s.name(), s.namespace()));
        }
        try {
            LocalPrometheus prometheus = LocalPrometheus.start(targets, settings.scrapeInterval());
            running.add(prometheus);
            parts.put("prometheus", Part.running("prometheus", prometheus.url(),
                    "scraping " + targets.size() + " services every " + settings.scrapeInterval().toSeconds() + " s"));
        } catch (IOException | RuntimeException e) {
            parts.put("prometheus", Part.missing("prometheus", reason(e)));
        }
    }

    private void startAlertmanager() {
        try {
            LocalAlertmanager alertmanager = LocalAlertmanager.start();
            running.add(alertmanager);
            AlertShipper shipper = new AlertShipper(fleet, alertmanager, timer, clock);
            running.add(shipper);
            shipper.start(timer);
            timer.scheduleWithFixedDelay(() -> {
                try {
                    shipper.step();
                } catch (IOException | RuntimeException e) {
                    LOG.warn("sandbox: sending alerts failed: {}", e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, 1, 5, TimeUnit.SECONDS);
            parts.put("alerting", Part.running("alertmanager", alertmanager.url(), "the fleet's rules and the drills' pages, every 5 s"));
        } catch (IOException | RuntimeException e) {
            parts.put("alerting", Part.missing("alertmanager", reason(e)));
        }
    }

    private void startOpenSearch() {
        try {
            LocalOpenSearch node = LocalOpenSearch.start("384m");
            running.add(node);
            LogShipper shipper = new LogShipper(fleet, node.url(), clock);
            running.add(shipper);
            shipper.backfill();
            timer.scheduleWithFixedDelay(() -> {
                try {
                    shipper.step();
                } catch (IOException | RuntimeException e) {
                    LOG.warn("sandbox: shipping logs failed: {}", e.toString());
                }
            }, 2, 2, TimeUnit.SECONDS);
            parts.put("logs", Part.running("opensearch", node.url(),
                    "index " + LogShipper.INDEX + ", " + shipper.shipped() + " lines of the last "
                            + LogShipper.BACKFILL.toMinutes() + " min, more every 2 s"));
        } catch (IOException | RuntimeException e) {
            parts.put("logs", Part.missing("opensearch", reason(e)));
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    public DemoFleet fleet() {
        return fleet;
    }

    /** The servers by role ("prometheus", "logs", "cluster", "alerting"), in start order. */
    public Map<String, Part> parts() {
        return Map.copyOf(parts);
    }

    public List<Part> report() {
        return List.copyOf(parts.values());
    }

    public Path environmentsFile() {
        return environmentsFile;
    }

    public Path kubeconfig() {
        return kubeconfig;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                LOG.warn("sandbox: stopping {} failed: {}", running.get(i).getClass().getSimpleName(), e.toString());
            }
        }
        running.clear();
    }
}
