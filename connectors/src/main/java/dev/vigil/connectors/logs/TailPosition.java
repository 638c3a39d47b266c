package dev.vigil.connectors.logs;

import java.time.Instant;
import java.util.Set;

/**
 * The last line a tail has seen: its time and the keys of the lines seen at exactly that millisecond, so
 * the next poll asks from that instant on without repeating them (late lines of the same millisecond still come).
 */
public record TailPosition(Instant at, Set<String> seenAtInstant) {

    public TailPosition {
        seenAtInstant = Set.copyOf(seenAtInstant);
    }

    public static TailPosition from(Instant at) {
        return new TailPosition(at, Set.of());
    }

    /** True when a poll from here should not deliver the line again. */
    public boolean seen(LogHit hit) {
        return hit.at().isBefore(at) || hit.at().equals(at) && seenAtInstant.contains(hit.key());
    }

    /** The position after delivering {@code lines} (oldest first). */
    public TailPosition after(java.util.List<LogHit> lines) {
        if (lines.isEmpty()) {
            return this;
        }
        Instant last = lines.getLast().at();
        java.util.Set<String> keys = new java.util.HashSet<>();
        if (last.equals(at)) {
            keys.addAll(seenAtInstant);
        }
        for (LogHit h : lines) {
            if (h.at().equals(last)) {
                keys.add(h.key());
            }
        }
        return new TailPosition(last, keys);
    }
}
