package dev.vigil.incidents.metrics;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventStamp;
import dev.vigil.incidents.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * One incident as a report sees it: only its events before {@code to}, in the spec's order, reduced to the
 * instants the figures use (epoch ms; -1 when absent). {@code detected} is -1 when the incident does not
 * exist yet for the report.
 */
record IncidentReading(IncidentFacts facts, long impactStart, long detected, long acknowledged, long contained,
                       long lastResolved, boolean open, List<EventStamp> downtimeEvents) {

    static IncidentReading of(IncidentFacts facts, long to) {
        List<EventStamp> seen = new ArrayList<>(facts.events().size());
        for (EventStamp e : facts.events()) {
            if (e.atMillis() < to) {
                seen.add(e);
            }
        }
        seen.sort(EventStamp.ORDER);
        long impact = -1, detected = -1, ack = -1, contained = -1, resolved = -1;
        int resolvedPos = -1, reopenedPos = -1;
        List<EventStamp> downtime = new ArrayList<>();
        for (int i = 0; i < seen.size(); i++) {
            EventStamp e = seen.get(i);
            switch (e.kind()) {
                case IMPACT_STARTED -> impact = impact < 0 ? e.atMillis() : impact;
                case DETECTED -> detected = detected < 0 ? e.atMillis() : detected;
                case ACKNOWLEDGED -> ack = ack < 0 ? e.atMillis() : ack;
                case CONTAINED -> contained = contained < 0 ? e.atMillis() : contained;
                case RESOLVED -> {
                    resolved = e.atMillis();
                    resolvedPos = i;
                    downtime.add(e);
                }
                case REOPENED -> {
                    reopenedPos = i;
                    downtime.add(e);
                }
                default -> {
                }
            }
        }
        long impactStart = impact >= 0 ? impact : detected;
        boolean open = resolvedPos < 0 || reopenedPos > resolvedPos;
        return new IncidentReading(facts, impactStart, detected, ack, contained, resolved, open, downtime);
    }

    boolean exists() {
        return detected >= 0;
    }

    String service() {
        return facts.service();
    }

    Severity severity() {
        return facts.severity();
    }

    /**
     * The incident's downtime intervals as [start, end) pairs: the impact start opens one, a resolved closes
     * the open one, a reopened opens a new one; one still open runs to {@code to}. Unclipped.
     */
    List<long[]> downtimeIntervals(long to) {
        List<long[]> intervals = new ArrayList<>();
        long openSince = impactStart;
        for (EventStamp e : downtimeEvents) {
            if (e.atMillis() < impactStart) {
                continue; // the walk starts at the impact start
            }
            if (e.kind() == EventKind.RESOLVED && openSince >= 0) {
                intervals.add(new long[]{openSince, e.atMillis()});
                openSince = -1;
            } else if (e.kind() == EventKind.REOPENED && openSince < 0) {
                openSince = e.atMillis();
            }
        }
        if (openSince >= 0) {
            intervals.add(new long[]{openSince, to});
        }
        return intervals;
    }
}
