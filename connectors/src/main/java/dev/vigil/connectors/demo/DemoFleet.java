package dev.vigil.connectors.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            new DemoService("payments", "payments", "Deployment", 7, "registry.demo/payments:4.17.2", 6_500, 140, 0.0010, 5.5, 640,
                    List.of()),
            new DemoService("search", "shop", "Deployment", 8, "registry.demo/search:3.9.1", 21_000, 60, 0.0006, 2.2, 900,
                    List.of()),
            new DemoService("accounts", "identity", "StatefulSet", 3, "registry.demo/accounts:1.30.0", 7_800, 35, 0.0004, 1.6, 410,
                    List.of()),
            new DemoService("notifications", "messaging", "Deployment", 6, "registry.demo/notifications:0.44.1", 3_100, 220, 0.0020, 1.1, 300,
                    List.of()));

    private final long seed;
    private final Instant start;
    private final List<DemoPod> pods;
    private final Map<String, List<DemoPod>> podsByService;
    private final DemoDrills drills = new DemoDrills();

    public DemoFleet(long seed, Instant start) {
        this.seed = seed;
        this.start = start;
        this.pods = List.copyOf(makePods());
        Map<String, List<DemoPod>> byService = new LinkedHashMap<>();
        for (DemoPod p : pods) {
            byService.computeIfAbsent(p.service(), k -> new ArrayList<>()).add(p);
        }
        byService.replaceAll((k, v) -> List.copyOf(v));
        this.podsByService = Map.copyOf(byService);
    }

    /** The drills run on this fleet: their effects are part of every figure below. */
    public DemoDrills drills() {
        return drills;
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
        return podsByService.getOrDefault(service, List.of());
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
        return service(service).map(s -> baseRequestsPerMinute(s, at) * serviceMultiplier(service, FleetFigure.TRAFFIC, at))
                .orElse(0.0);
    }

    private double baseRequestsPerMinute(DemoService s, Instant at) {
        return s.peakRequestsPerMinute() * load(at) * (1 + 0.03 * noise(at.getEpochSecond() / 60, channel(s.name(), 4)));
    }

    /** Latency quantile in milliseconds (0.5, 0.95, 0.99): lognormal around the median, worse under load. */
    public double latencyMs(String service, double quantile, Instant at) {
        return baseLatencyMs(service(service).orElseThrow(), quantile, at) * serviceMultiplier(service, FleetFigure.LATENCY, at);
    }

    /** Latency quantile of one pod's requests, in milliseconds. */
    public double latencyMs(DemoPod pod, double quantile, Instant at) {
        return baseLatencyMs(service(pod.service()).orElseThrow(), quantile, at) * drills.multiplier(pod, FleetFigure.LATENCY, at, this);
    }

    private double baseLatencyMs(DemoService s, double quantile, Instant at) {
        double z = quantile >= 0.99 ? 2.326 : quantile >= 0.95 ? 1.645 : quantile >= 0.9 ? 1.2816 : 0;
        double sigma = 0.45;
        double pressure = 1 + 0.35 * Math.pow(load(at), 3);
        return s.medianLatencyMs() * pressure * Math.exp(sigma * z) * (1 + 0.03 * noise(at.getEpochSecond() / 60, channel(s.name(), 2)));
    }

    /** Share of requests that fail. */
    public double errorRatio(String service, Instant at) {
        return Math.min(1, baseErrorRatio(service(service).orElseThrow(), at) * serviceMultiplier(service, FleetFigure.ERRORS, at));
    }

    /** Share of one pod's requests that fail. */
    public double errorRatio(DemoPod pod, Instant at) {
        return Math.min(1, baseErrorRatio(service(pod.service()).orElseThrow(), at) * drills.multiplier(pod, FleetFigure.ERRORS, at, this));
    }

    private double baseErrorRatio(DemoService s, Instant at) {
        return Math.max(0, s.baseErrorRatio() * (1 + 0.5 * noise(at.getEpochSecond() / 60, channel(s.name(), 3))));
    }

    /** CPU cores one pod of the service uses on average: proportional to its share of the traffic. */
    public double cpuCores(String service, Instant at) {
        return baseCpuCores(service(service).orElseThrow(), at) * serviceMultiplier(service, FleetFigure.CPU, at);
    }

    /**
     * How far one pod's figures sit from its service's average (within ±3 %, by its ordinal): pods of a
     * service differ a little, as real replicas do, so their lines and table rows can be told apart.
     */
    public double spread(DemoPod pod) {
        DemoService s = service(pod.service()).orElseThrow();
        return 1 + 0.06 * (pod.ordinal() - (s.replicas() - 1) / 2.0) / Math.max(1, s.replicas());
    }

    /** CPU cores one pod uses. */
    public double cpuCores(DemoPod pod, Instant at) {
        return baseCpuCores(service(pod.service()).orElseThrow(), at) * drills.multiplier(pod, FleetFigure.CPU, at, this);
    }

    private double baseCpuCores(DemoService s, Instant at) {
        double perPodPerSecond = requestsPerMinute(s.name(), at) / 60 / s.replicas();
        return 0.05 + perPodPerSecond * s.cpuMillisPerRequest() / 1000;
    }

    /** Working-set memory of one pod of the service in MiB, on average: a base plus buffers that grow with traffic. */
    public double memoryMb(String service, Instant at) {
        DemoService s = service(service).orElseThrow();
        return s.memoryBaseMb() * (0.85 + 0.3 * load(at)) * serviceMultiplier(service, FleetFigure.MEMORY, at);
    }

    /** Working-set memory of one pod in MiB. */
    public double memoryMb(DemoPod pod, Instant at) {
        DemoService s = service(pod.service()).orElseThrow();
        return s.memoryBaseMb() * (0.85 + 0.3 * load(at)) * drills.multiplier(pod, FleetFigure.MEMORY, at, this);
    }

    /** The memory limit of the service's containers in MiB: twice its base, as the demo's manifests say. */
    public double memoryLimitMb(String service) {
        return service(service).orElseThrow().memoryBaseMb() * 2;
    }

    /** A service-wide figure moves with the mean of its pods' multipliers. */
    private double serviceMultiplier(String service, FleetFigure figure, Instant at) {
        if (drills.runs().isEmpty()) {
            return 1;
        }
        List<DemoPod> own = pods(service);
        double sum = 0;
        for (DemoPod p : own) {
            sum += drills.multiplier(p, figure, at, this);
        }
        return own.isEmpty() ? 1 : sum / own.size();
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
