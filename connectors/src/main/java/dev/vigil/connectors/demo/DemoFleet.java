package dev.vigil.connectors.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The built-in demo company: six services in four namespaces, about forty pods, and traffic that
 * follows the time of day. Everything is a pure function of the seed and the simulated instant, so
 * the same seed shows the same fleet on every machine, and tests can check its invariants.
 */
public final class DemoFleet {

    public static final long DEFAULT_SEED = 20261122L;

    private static final List<DemoService> SERVICES = List.of(
            new DemoService("gateway", "edge", "Deployment", 8, "registry.demo/gateway:2.14.3", 42_000, 18, 0.0008, 0.9, 180,
                    List.of("checkout", "search", "accounts")),
            new DemoService("checkout", "shop", "Deployment", 7, "registry.demo/checkout:5.2.0", 9_000, 95, 0.0015, 4.0, 520,
                    List.of("payments", "notifications")),
            new DemoService("payments", "payments", "Deployment", 6, "registry.demo/payments:4.17.2", 6_500, 140, 0.0010, 5.5, 640,
                    List.of()),
            new DemoService("search", "shop", "Deployment", 6, "registry.demo/search:3.9.1", 21_000, 60, 0.0006, 2.2, 900,
                    List.of()),
            new DemoService("accounts", "identity", "StatefulSet", 3, "registry.demo/accounts:1.30.0", 7_800, 35, 0.0004, 1.6, 410,
                    List.of()),
            new DemoService("notifications", "messaging", "Deployment", 5, "registry.demo/notifications:0.44.1", 3_100, 220, 0.0020, 1.1, 300,
                    List.of()));

    private final long seed;
    private final Instant start;
    private final List<DemoPod> pods;

    public DemoFleet(long seed, Instant start) {
        this.seed = seed;
        this.start = start;
        this.pods = List.copyOf(makePods());
    }

    public long seed() {
        return seed;
    }

    public List<DemoService> services() {
        return SERVICES;
    }

    public Optional<DemoService> service(String name) {
        return SERVICES.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public List<DemoPod> pods() {
        return pods;
    }

    public List<DemoPod> pods(String service) {
        return pods.stream().filter(p -> p.service().equals(service)).toList();
    }

    private List<DemoPod> makePods() {
        SplittableRandom random = new SplittableRandom(seed);
        List<DemoPod> list = new ArrayList<>();
        int ip = 10;
        for (DemoService s : SERVICES) {
            String replicaSet = hex(random, 9);
            for (int i = 0; i < s.replicas(); i++) {
                String name = s.workloadKind().equals("StatefulSet") ? s.name() + "-" + i : s.name() + "-" + replicaSet + "-" + hex(random, 5);
                String node = "node-" + (char) ('a' + random.nextInt(6)) + "-" + (1 + random.nextInt(3));
                Instant created = start.minus(Duration.ofHours(6 + random.nextInt(200)));
                list.add(new DemoPod(s.name(), s.namespace(), name, s.workloadKind(),
                        s.name(), node,
                        "10.42." + (ip / 250) + "." + (ip % 250 + 2), created, i));
                ip++;
            }
        }
        return list;
    }

    private static String hex(SplittableRandom random, int length) {
        String alphabet = "bcdfghjklmnpqrstvwxz2456789";
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /**
     * How busy the company is at an instant, from 0.25 at night to 1.0 at the 14:00 UTC peak, with a
     * small per-minute wobble that is the same for the same seed and minute.
     */
    public double load(Instant at) {
        double hours = at.atZone(ZoneOffset.UTC).getHour() + at.atZone(ZoneOffset.UTC).getMinute() / 60.0;
        double daily = 0.625 + 0.375 * Math.cos((hours - 14) / 24 * 2 * Math.PI);
        return daily * (1 + 0.04 * noise(at.getEpochSecond() / 60, 1));
    }

    /** Requests per minute a service takes at an instant (all its pods together). */
    public double requestsPerMinute(String service, Instant at) {
        return service(service).map(s -> s.peakRequestsPerMinute() * load(at)
                * (1 + 0.03 * noise(at.getEpochSecond() / 60, channel(service, 4)))).orElse(0.0);
    }

    /** Latency quantile in milliseconds (0.5, 0.95, 0.99): lognormal around the median, worse under load. */
    public double latencyMs(String service, double quantile, Instant at) {
        DemoService s = service(service).orElseThrow();
        double z = quantile >= 0.99 ? 2.326 : quantile >= 0.95 ? 1.645 : quantile >= 0.9 ? 1.2816 : 0;
        double sigma = 0.45;
        double pressure = 1 + 0.35 * Math.pow(load(at), 3);
        return s.medianLatencyMs() * pressure * Math.exp(sigma * z) * (1 + 0.03 * noise(at.getEpochSecond() / 60, channel(service, 2)));
    }

    /** Share of requests that fail. */
    public double errorRatio(String service, Instant at) {
        DemoService s = service(service).orElseThrow();
        return Math.max(0, s.baseErrorRatio() * (1 + 0.5 * noise(at.getEpochSecond() / 60, channel(service, 3))));
    }

    /** CPU cores one pod of the service uses: proportional to its share of the traffic. */
    public double cpuCores(String service, Instant at) {
        DemoService s = service(service).orElseThrow();
        double perPodPerSecond = requestsPerMinute(service, at) / 60 / s.replicas();
        return 0.05 + perPodPerSecond * s.cpuMillisPerRequest() / 1000;
    }

    /** Working-set memory of one pod in MiB: a base plus buffers that grow with traffic. */
    public double memoryMb(String service, Instant at) {
        DemoService s = service(service).orElseThrow();
        return s.memoryBaseMb() * (0.85 + 0.3 * load(at));
    }

    /** Each service wobbles on its own: its own noise channel per figure. */
    private static int channel(String service, int figure) {
        return service.hashCode() * 16 + figure;
    }

    /** A deterministic value in [-1, 1] for a step and channel. */
    private double noise(long step, int channel) {
        long h = seed * 0x9E3779B97F4A7C15L + step * 0xBF58476D1CE4E5B9L + channel * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        h *= 0x7FB5D329728EA185L;
        h ^= h >>> 27;
        return ((h >>> 11) / (double) (1L << 53)) * 2 - 1;
    }

    /** The name of a service as its pods are labelled. */
    public static String label(String service) {
        return service.toLowerCase(Locale.ROOT);
    }
}
