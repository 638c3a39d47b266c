package dev.vigil.environments;

import java.time.Duration;

/** How soon an incident of a severity must be acknowledged and resolved, counted from detection. */
public record ResponseTarget(Duration acknowledge, Duration resolve) {
    public ResponseTarget {
        if (acknowledge == null || resolve == null || acknowledge.isNegative() || resolve.isNegative()) {
            throw new IllegalArgumentException("acknowledge and resolve targets must be given and not negative");
        }
    }
}
