package dev.vigil.views.metrics;

/**
 * How long one refresh took, in {@code System.nanoTime()} stamps: the queries went out at
 * {@code startedNanos}; the FX thread applied answers as they arrived, the first from
 * {@code firstApplyNanos}, the last until {@code lastApplyEndNanos}, spending {@code applyNanos} in all
 * ({@code applyCpuNanos} of CPU time, which unlike wall time a busy machine does not inflate). For the
 * status line and the tiles benchmark.
 */
public record RefreshTiming(long startedNanos, long firstApplyNanos, long lastApplyEndNanos, long applyNanos, long applyCpuNanos,
                            int tiles, int failures) {

    /** Queries out → the first answer being applied. */
    public double firstAnswerMillis() {
        return (firstApplyNanos - startedNanos) / 1e6;
    }

    /** FX-thread time spent applying this round's answers, all batches together. */
    public double applyMillis() {
        return applyNanos / 1e6;
    }
}
