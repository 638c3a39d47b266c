package dev.vigil.connectors.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The log lines of the demo fleet. Each simulated request enters at the gateway and walks the
 * services it calls; every hop logs with the request's trace id and client id, a few milliseconds
 * after its caller, so one trace id reads gateway → checkout → payments in causal order. A failure
 * deep down travels up the chain as it would: payments times out, checkout logs the failed payment,
 * the gateway answers 502. A drill on the fleet shows here too: slower hops, failures, and the lines
 * that give its cause away ({@link DrillLog}), drawn from a random stream of their own so that the
 * lines of a quiet fleet stay the same.
 */
public final class DemoLogs {

    /** The slot width of {@link #traffic}: at the busiest hour one request every 250 ms enters the gateway. */
    public static final Duration TRAFFIC_SLOT = Duration.ofMillis(250);

    private final DemoFleet fleet;
    // Looked up for every hop of millions of lines: the fleet's own lookups filter a list each time.
    private final java.util.Map<String, List<DemoPod>> podsByService = new java.util.HashMap<>();
    private final java.util.Map<String, DemoService> services = new java.util.HashMap<>();

    public DemoLogs(DemoFleet fleet) {
        this.fleet = fleet;
        for (DemoService s : fleet.services()) {
            services.put(s.name(), s);
            podsByService.put(s.name(), fleet.pods(s.name()));
        }
    }

    /**
     * The lines of the requests that entered the gateway in {@code [from, to)}, one request every
     * {@code spacing}, sorted by time. Deterministic: the same window gives the same lines.
     */
    public List<DemoLogLine> between(Instant from, Instant to, Duration spacing) {
        List<DemoLogLine> lines = new ArrayList<>();
        long step = Math.max(1, spacing.toMillis());
        long first = Math.ceilDiv(from.toEpochMilli(), step) * step;
        for (long t = first; t < to.toEpochMilli(); t += step) {
            request(Instant.ofEpochMilli(t), lines);
        }
        lines.sort(Comparator.comparing(DemoLogLine::at));
        return lines;
    }

    /**
     * The sampled traffic the Logs section shows: slots of {@link #TRAFFIC_SLOT}, each taken with the
     * probability of the fleet's load at that time (busy afternoons, quiet nights), lines of the requests
     * entering in {@code [from, to)}, sorted by time. Deterministic like {@link #between}.
     */
    public List<DemoLogLine> traffic(Instant from, Instant to) {
        List<DemoLogLine> lines = new ArrayList<>();
        long step = TRAFFIC_SLOT.toMillis();
        long first = Math.ceilDiv(from.toEpochMilli(), step) * step;
        for (long t = first; t < to.toEpochMilli(); t += step) {
            Instant at = Instant.ofEpochMilli(t);
            if (slotTaken(t, fleet.load(at))) {
                request(at, lines);
            }
        }
        lines.sort(Comparator.comparing(DemoLogLine::at));
        return lines;
    }

    private boolean slotTaken(long t, double load) {
        long h = (fleet.seed() + t) * 0xD1B54A32D192ED03L;
        h ^= h >>> 29;
        return (h >>> 11) / (double) (1L << 53) < load;
    }

    private void request(Instant at, List<DemoLogLine> out) {
        SplittableRandom random = new SplittableRandom(fleet.seed() ^ at.toEpochMilli() * 0x9E3779B97F4A7C15L);
        String traceId = hex16(random.nextLong());
        String clientId = "client-" + (1000 + random.nextInt(400));
        String[] routes = {"checkout", "search", "accounts"};
        String route = routes[random.nextInt(routes.length)];
        Request r = new Request(traceId, clientId, random, new SplittableRandom(fleet.seed() ^ at.toEpochMilli() * 0xC2B2AE3D27D4EB4FL), out);
        DemoPod gateway = pod("gateway", random);
        out.add(new DemoLogLine(at, "gateway", gateway.name(), "INFO", traceId, clientId,
                "request received method=" + (route.equals("search") ? "GET" : "POST") + " path=/api/" + route));
        drillLines(gateway, at, r);
        Hop answer = hop(route, at, r);
        boolean failed = answer.failed() || random.nextDouble() < fleet.errorRatio(route, at) * 5 || drillFails(gateway, at, r);
        Instant end = answer.end().plusMillis(1);
        long ms = Duration.between(at, end).toMillis();
        out.add(new DemoLogLine(end, "gateway", gateway.name(), failed ? "ERROR" : ms > 800 ? "WARN" : "INFO", traceId, clientId,
                "response status=" + (failed ? 502 : 200) + " duration_ms=" + ms + (ms > 800 && !failed ? " slow request" : "")));
    }

    private record Request(String traceId, String clientId, SplittableRandom random, SplittableRandom drill, List<DemoLogLine> out) {
        void log(Instant at, String service, DemoPod pod, String level, String message) {
            out.add(new DemoLogLine(at, service, pod.name(), level, traceId, clientId, message));
        }
    }

    private record Hop(Instant end, boolean failed) {
    }

    /** Logs one service handling the request and the services it calls; returns when and how it answered. */
    private Hop hop(String service, Instant start, Request r) {
        SplittableRandom random = r.random();
        DemoService s = services.get(service);
        DemoPod pod = pod(service, random);
        Instant t = start.plusMillis(2 + random.nextInt(4));
        r.log(t, service, pod, "INFO", handling(service, random));
        drillLines(pod, t, r);
        if (service.equals("search") && random.nextInt(4) == 0) {
            r.log(t.plusMillis(1), service, pod, "DEBUG", "cache miss key=q:" + Integer.toHexString(random.nextInt(1 << 20)));
        }
        boolean failed = false;
        for (String callee : s.calls()) {
            if (callee.equals("notifications") && (failed || random.nextInt(3) != 0)) {
                continue; // not every order sends a notification, and a failed one never does
            }
            Hop called = hop(callee, t.plusMillis(1), r);
            t = called.end();
            if (called.failed() && callee.equals("payments")) {
                failed = true;
                r.log(t.plusMillis(1), service, pod, "ERROR", "payment failed: upstream timeout, order not placed");
                t = t.plusMillis(1);
            }
        }
        long work = Math.round(s.medianLatencyMs() * Math.exp(0.45 * random.nextGaussian()) * 0.4 * drillSlowdown(pod, start));
        t = t.plusMillis(Math.max(1, work));
        if (drillFails(pod, start, r)) {
            r.log(t, service, pod, "ERROR", "request failed status=500 error=\"internal error\"");
            return new Hop(t, true);
        }
        if (service.equals("payments")) {
            double p = random.nextDouble();
            if (p < fleet.errorRatio("payments", start) * 8) {
                t = t.plusMillis(2000);
                r.log(t, service, pod, "ERROR", "upstream timeout acquirer=visa after_ms=2000");
                return new Hop(t, true);
            }
            if (p > 0.985) {
                r.log(t, service, pod, "WARN", "card declined code=51 insufficient funds");
            }
        }
        r.log(t, service, pod, "INFO", "done duration_ms=" + Duration.between(start, t).toMillis());
        return new Hop(t, failed);
    }

    /** How much slower a drill makes this pod's work (1 without one). */
    private double drillSlowdown(DemoPod pod, Instant at) {
        return fleet.drills().runs().isEmpty() ? 1 : fleet.drills().multiplier(pod, FleetFigure.LATENCY, at, fleet);
    }

    /** Whether a drill makes this request fail here: with the share of errors the drill added. */
    private boolean drillFails(DemoPod pod, Instant at, Request r) {
        if (fleet.drills().runs().isEmpty()) {
            return false;
        }
        double m = fleet.drills().multiplier(pod, FleetFigure.ERRORS, at, fleet);
        return m > 1 && r.drill().nextDouble() < fleet.errorRatio(pod, at) * (1 - 1 / m);
    }

    /** The lines a running drill adds to this pod's share of the request. */
    private void drillLines(DemoPod pod, Instant at, Request r) {
        for (DrillRun run : fleet.drills().runs()) {
            if (!run.activeAt(at)) {
                continue;
            }
            for (DrillLog l : run.scenario().logs()) {
                if (run.reached(l.from(), at) && l.scope().matches(pod, fleet) && r.drill().nextDouble() < l.share()) {
                    r.log(at.plusMillis(1), pod.service(), pod, l.level(), l.message());
                }
            }
        }
    }

    private static String handling(String service, SplittableRandom random) {
        return switch (service) {
            case "checkout" -> "handling request order_id=ord-" + (100000 + random.nextInt(900000));
            case "payments" -> "authorising payment amount_eur=" + (5 + random.nextInt(400)) + "." + (10 + random.nextInt(90));
            case "search" -> "handling request query_terms=" + (1 + random.nextInt(5));
            case "accounts" -> "session validated user=u-" + (10000 + random.nextInt(90000));
            case "notifications" -> "email queued template=order-confirmation";
            default -> "handling request";
        };
    }

    private static String hex16(long v) {
        String h = Long.toHexString(v);
        return "0".repeat(16 - h.length()) + h;
    }

    private DemoPod pod(String service, SplittableRandom random) {
        List<DemoPod> pods = podsByService.get(service);
        return pods.get(random.nextInt(pods.size()));
    }
}
