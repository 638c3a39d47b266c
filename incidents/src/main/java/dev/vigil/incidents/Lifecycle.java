package dev.vigil.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules a timeline must keep (the spec's import rules), as pure functions the import, the store and
 * the GUI share, so an event refused in one place is refused everywhere with the same reason.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** A broken rule: {@code index} is the offending event's position in the checked list, -1 for the whole timeline. */
    public record Violation(int index, String reason) {
    }

    /** The first rule the timeline breaks, if any. */
    public static Optional<Violation> check(List<EventStamp> events) {
        int detected = firstIndex(events, EventKind.DETECTED);
        if (detected < 0) {
            return Optional.of(new Violation(-1, "no detected event"));
        }
        long detectedAt = events.get(detected).atMillis();
        for (int i = 0; i < events.size(); i++) {
            EventStamp e = events.get(i);
            if (needsDetection(e.kind()) && e.atMillis() < detectedAt) {
                return Optional.of(new Violation(i, e.kind().key() + " at " + e.at() + " is before detected at "
                        + events.get(detected).at()));
            }
        }
        int impact = firstIndex(events, EventKind.IMPACT_STARTED);
        if (impact >= 0 && detectedAt < events.get(impact).atMillis()) {
            return Optional.of(new Violation(detected, "detected at " + events.get(detected).at()
                    + " is before impact_started at " + events.get(impact).at()));
        }
        return Optional.empty();
    }

    /** Why adding {@code added} to a valid timeline would break a rule, if it would. */
    public static Optional<String> checkAppend(List<EventStamp> existing, EventStamp added) {
        List<EventStamp> all = new ArrayList<>(existing);
        all.add(added);
        return check(all).map(Violation::reason);
    }

    /**
     * The status the timeline leads to: the latest lifecycle event decides (detected and reopened mean
     * investigating, acknowledged identified, contained monitoring); narrative events change nothing.
     */
    public static IncidentStatus status(List<EventStamp> events) {
        EventStamp latest = null;
        for (EventStamp e : events) {
            if (e.kind().lifecycle() && e.kind() != EventKind.IMPACT_STARTED
                    && (latest == null || EventStamp.ORDER.compare(e, latest) >= 0)) {
                latest = e;
            }
        }
        if (latest == null) {
            return IncidentStatus.INVESTIGATING;
        }
        return switch (latest.kind()) {
            case ACKNOWLEDGED -> IncidentStatus.IDENTIFIED;
            case CONTAINED -> IncidentStatus.MONITORING;
            case RESOLVED -> IncidentStatus.RESOLVED;
            case CLOSED -> IncidentStatus.CLOSED;
            default -> IncidentStatus.INVESTIGATING;
        };
    }

    private static boolean needsDetection(EventKind kind) {
        return kind == EventKind.ACKNOWLEDGED || kind == EventKind.CONTAINED
                || kind == EventKind.RESOLVED || kind == EventKind.REOPENED;
    }

    /** Index of the earliest event of a kind (ties: the first in the list). */
    private static int firstIndex(List<EventStamp> events, EventKind kind) {
        int best = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kind() == kind && (best < 0 || events.get(i).atMillis() < events.get(best).atMillis())) {
                best = i;
            }
        }
        return best;
    }
}
