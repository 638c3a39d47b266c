package dev.vigil.views.metrics;

/**
 * How long one refresh took, in {@code System.nanoTime()} stamps: the queries went out at
 * {@code startedNanos}, the FX thread applied the answers from {@code applyStartNanos} to
 * {@code applyEndNanos}, using {@code applyCpuNanos} of CPU time (unlike the wall time, not inflated
 * when the machine is busy). For the status line and the tiles benchmark.
 */
public record RefreshTiming(long startedNanos, long applyStartNanos, long applyEndNanos, long applyCpuNanos, int tiles,
                            int failures) {

    public double queryMillis() {
        return (applyStartNanos - startedNanos) / 1e6;
    }

    public double applyMillis() {
        return (applyEndNanos - applyStartNanos) / 1e6;
    }
}
