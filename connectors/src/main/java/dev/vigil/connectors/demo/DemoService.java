package dev.vigil.connectors.demo;

import java.util.List;

/**
 * One service of the simulated company: where it runs, how many replicas, how much traffic it takes
 * at the daily peak, how fast it answers, and which services each of its requests calls in turn.
 */
public record DemoService(String name, String namespace, String workloadKind, int replicas, String image,
                          double peakRequestsPerMinute, double medianLatencyMs, double baseErrorRatio,
                          double cpuMillisPerRequest, double memoryBaseMb, List<String> calls) {
    public DemoService {
        calls = List.copyOf(calls);
    }
}
