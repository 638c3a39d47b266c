package dev.vigil.connectors.demo;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.Evidence;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.TimelineEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How the trainee did in a drill, counted from the first page: time to acknowledge (the incident's
 * first {@code acknowledged}, or the page acknowledged in Alerts, whichever came first), time to find
 * the cause (the first pinned evidence that names it) and time to resolve (the incident's last
 * {@code resolved}). A step not taken is empty. A step taken before the page counts as zero.
 */
public record DrillDebrief(DrillScenario scenario, Instant pagedAt, String incidentId, Optional<Duration> toAcknowledge,
                           Optional<Duration> toFindCause, String causeEvidence, Optional<Duration> toResolve) {

    /**
     * @param incident      the incident declared for the drill, if one was
     * @param timeline      its timeline (empty without an incident)
     * @param pageAckedAt   when the drill's page was acknowledged in the Alerts section, if it was
     */
    public static DrillDebrief of(DrillRun run, Optional<Incident> incident, List<TimelineEvent> timeline,
                                  Optional<Instant> pageAckedAt) {
        Instant end = run.endedAt() == null ? Instant.MAX : run.endedAt();
        Instant paged = run.firstPageAt(end).orElse(null);
        Optional<Instant> acked = timeline.stream().filter(e -> e.kind() == EventKind.ACKNOWLEDGED).map(TimelineEvent::at)
                .min(Comparator.naturalOrder());
        if (pageAckedAt.isPresent() && (acked.isEmpty() || pageAckedAt.get().isBefore(acked.get()))) {
            acked = pageAckedAt;
        }
        Optional<Evidence> cause = incident.stream().flatMap(i -> i.evidence().stream())
                .filter(e -> run.scenario().markers().matches(e.kind().key(), e.title(), e.summary()))
                .min(Comparator.comparing(Evidence::pinnedAt));
        Optional<Instant> resolved = timeline.stream().filter(e -> e.kind() == EventKind.RESOLVED).map(TimelineEvent::at)
                .max(Comparator.naturalOrder());
        return new DrillDebrief(run.scenario(), paged, incident.map(Incident::id).orElse(null), since(paged, acked),
                since(paged, cause.map(Evidence::pinnedAt)), cause.map(Evidence::title).orElse(null), since(paged, resolved));
    }

    private static Optional<Duration> since(Instant paged, Optional<Instant> at) {
        if (paged == null || at.isEmpty()) {
            return Optional.empty();
        }
        Duration d = Duration.between(paged, at.get());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }

    /** The debrief as a timeline note, so the drill's incident keeps it. */
    public String asNote() {
        return "Drill debrief — " + scenario.title() + "\n"
                + "Time to acknowledge: " + text(toAcknowledge) + "\n"
                + "Time to find the cause: " + text(toFindCause) + (causeEvidence == null ? "" : " (" + causeEvidence + ")") + "\n"
                + "Time to resolve: " + text(toResolve) + "\n"
                + "Cause: " + scenario.cause() + "\n"
                + "Fix: " + scenario.fix();
    }

    /** "4m 05s", or "not done". */
    public static String text(Optional<Duration> d) {
        return d.map(DrillDebrief::text).orElse("not done");
    }

    public static String text(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%dh %02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format("%dm %02ds", s / 60, s % 60) : s + "s";
    }
}
