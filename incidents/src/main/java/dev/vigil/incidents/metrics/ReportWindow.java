package dev.vigil.incidents.metrics;

import java.time.Instant;

/** A report's half-open window {@code [from, to)}. */
public record ReportWindow(Instant from, Instant to) {
    public ReportWindow {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a report needs both --from and --to");
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("--from (" + from + ") must be before --to (" + to + ")");
        }
    }

    public long fromMillis() {
        return from.toEpochMilli();
    }

    public long toMillis() {
        return to.toEpochMilli();
    }

    public long lengthMillis() {
        return toMillis() - fromMillis();
    }
}
