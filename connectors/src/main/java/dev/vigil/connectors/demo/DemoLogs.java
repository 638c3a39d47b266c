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
 * after its caller, so one trace id reads gateway → checkout → payments in causal order.
 */
public final class DemoLogs {

    private final DemoFleet fleet;

    public DemoLogs(DemoFleet fleet) {
        this.fleet = fleet;
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

    private void request(Instant at, List<DemoLogLine> out) {
        SplittableRandom random = new SplittableRandom(fleet.seed() ^ at.toEpochMilli() * 0x9E3779B97F4A7C15L);
        String traceId = String.format("%016x", random.nextLong());
        String clientId = "client-" + (1000 + random.nextInt(400));
        String[] routes = {"checkout", "search", "accounts"};
        String route = routes[random.nextInt(routes.length)];
        Instant t = at;
        DemoPod gateway = pod("gateway", random);
        out.add(new DemoLogLine(t, "gateway", gateway.name(), "INFO", traceId, clientId,
                "request received method=POST path=/api/" + route));
        t = hop(route, t, random, traceId, clientId, out);
        boolean failed = random.nextDouble() < fleet.errorRatio(route, at) * 20;
        out.add(new DemoLogLine(t.plusMillis(1), "gateway", gateway.name(), failed ? "ERROR" : "INFO", traceId, clientId,
                "response status=" + (failed ? 502 : 200) + " duration_ms=" + Duration.between(at, t.plusMillis(1)).toMillis()));
    }

    /** Logs one service handling the request and the services it calls; returns when it answered. */
    private Instant hop(String service, Instant start, SplittableRandom random, String traceId, String clientId,
                        List<DemoLogLine> out) {
        DemoService s = fleet.service(service).orElseThrow();
        DemoPod pod = pod(service, random);
        Instant t = start.plusMillis(2 + random.nextInt(4));
        out.add(new DemoLogLine(t, service, pod.name(), "INFO", traceId, clientId, "handling request"));
        for (String callee : s.calls()) {
            if (callee.equals("notifications") && random.nextInt(3) != 0) {
                continue; // not every order sends a notification
            }
            t = hop(callee, t.plusMillis(1), random, traceId, clientId, out);
        }
        long work = Math.round(s.medianLatencyMs() * Math.exp(0.45 * random.nextGaussian()) * 0.4);
        t = t.plusMillis(Math.max(1, work));
        out.add(new DemoLogLine(t, service, pod.name(), "INFO", traceId, clientId, "done duration_ms=" + Duration.between(start, t).toMillis()));
        return t;
    }

    private DemoPod pod(String service, SplittableRandom random) {
        List<DemoPod> pods = fleet.pods(service);
        return pods.get(random.nextInt(pods.size()));
    }
}
