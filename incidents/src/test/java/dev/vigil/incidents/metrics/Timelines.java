package dev.vigil.incidents.metrics;

import dev.vigil.environments.ReliabilitySettings;
import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventStamp;
import dev.vigil.incidents.Severity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds hand-written timelines for figure tests: instants are written "MM-DDTHH:MM[:SS]" in 2026, UTC. */
final class Timelines {

    /** The default window of these tests: the whole of 2026-03-01, 86,400 s. */
    static final ReportWindow DAY = window("03-01T00:00", "03-02T00:00");

    private Timelines() {
    }

    static Instant t(String monthDayTime) {
        String s = "2026-" + monthDayTime;
        return Instant.parse(s.length() == 16 ? s + ":00Z" : s + "Z");
    }

    static ReportWindow window(String from, String to) {
        return new ReportWindow(t(from), t(to));
    }

    /** {@code pairs}: kind, instant, kind, instant, ... */
    static IncidentFacts incident(String id, String service, Severity severity, Object... pairs) {
        List<EventStamp> events = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            events.add(EventStamp.of((EventKind) pairs[i], t((String) pairs[i + 1])));
        }
        return new IncidentFacts(id, service, severity, events);
    }

    static ReliabilityReport report(ReportWindow w, ReportFilter filter, IncidentFacts... incidents) {
        List<String> services = java.util.Arrays.stream(incidents).map(IncidentFacts::service).distinct().toList();
        return new ReportCalculator(ReliabilitySettings.DEFAULTS, Map.of()).compute(w, filter, List.of(incidents), services);
    }

    static ReliabilityReport report(ReportWindow w, IncidentFacts... incidents) {
        return report(w, ReportFilter.NONE, incidents);
    }
}
