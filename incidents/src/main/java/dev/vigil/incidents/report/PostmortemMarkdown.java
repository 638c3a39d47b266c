package dev.vigil.incidents.report;

import dev.vigil.environments.ResponseTarget;
import dev.vigil.incidents.EventEdit;
import dev.vigil.incidents.EventStamp;
import dev.vigil.incidents.Evidence;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.Role;
import dev.vigil.incidents.TimelineEvent;
import dev.vigil.incidents.metrics.IncidentTimes;
import dev.vigil.incidents.metrics.ResponseClock;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A postmortem draft in Markdown: the facts Vigil knows (summary table, figures computed as the report
 * computes them, the whole timeline with its edits, the evidence) and the sections people write
 * (contributing factors, what went well, follow-ups).
 */
public final class PostmortemMarkdown {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private PostmortemMarkdown() {
    }

    public static String render(Incident incident, List<TimelineEvent> timeline, ResponseTarget target, Instant now) {
        IncidentTimes times = IncidentTimes.of(timeline.stream().map(e -> EventStamp.of(e.kind(), e.at())).toList());
        StringBuilder md = new StringBuilder();
        md.append("# Postmortem: ").append(incident.id()).append(" — ").append(oneLine(incident.title())).append("\n\n");
        md.append("_Draft written by Vigil on ").append(TIME.format(now)).append(" UTC. Times are UTC._\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Service", incident.service());
        row(md, "Severity", incident.severity().name());
        row(md, "Environment", incident.environment() == null ? "-" : incident.environment());
        row(md, "Status", incident.status().key());
        for (Role role : Role.values()) {
            row(md, capitalize(role.key()), incident.roles().getOrDefault(role, "-"));
        }
        if (!incident.tags().isEmpty()) {
            row(md, "Tags", String.join(", ", incident.tags()));
        }
        md.append("\n## Summary\n\n_What broke, who was affected and for how long, how it was fixed (two or three sentences)._\n\n");

        md.append("## Figures\n\n| figure | value | measured | target |\n|---|---|---|---|\n");
        figure(md, "Time to detect", times.timeToDetect(), "impact started → detected", null);
        ResponseClock ack = ResponseClock.acknowledge(times, target.acknowledge(), now);
        figure(md, "Time to acknowledge", times.timeToAcknowledge(), "detected → acknowledged", verdict(ack));
        figure(md, "Time to contain", times.timeToContain(), "detected → contained", null);
        ResponseClock resolve = ResponseClock.resolve(times, target.resolve(), now);
        figure(md, "Time to recover", times.timeToRecover(), "impact started → last resolved", null);
        figure(md, "Time to resolve", times.open() || times.lastResolved() == null ? null
                : Duration.between(times.detected(), times.lastResolved()), "detected → last resolved", verdict(resolve));
        md.append("\nTargets: acknowledge within ").append(HumanDuration.of(target.acknowledge()))
                .append(", resolve within ").append(HumanDuration.of(target.resolve())).append(" of detection.\n\n");

        md.append("## Timeline\n\n| time (UTC) | event | who | source | details |\n|---|---|---|---|---|\n");
        for (TimelineEvent e : timeline) {
            md.append("| ").append(TIME.format(e.at())).append(" | ").append(e.kind().key()).append(" | ")
                    .append(cell(e.author())).append(" | ").append(e.source().key()).append(" | ")
                    .append(cell(e.text())).append(edits(e.edits())).append(" |\n");
        }
        md.append("\n## Evidence\n\n");
        if (incident.evidence().isEmpty()) {
            md.append("_No evidence was pinned._\n");
        }
        for (Evidence ev : incident.evidence()) {
            md.append("- **").append(ev.kind().key()).append("** ").append(oneLine(ev.title()))
                    .append(" — pinned ").append(TIME.format(ev.pinnedAt())).append(ev.pinnedBy() == null ? "" : " by " + ev.pinnedBy())
                    .append("\n");
            if (ev.summary() != null && !ev.summary().isBlank()) {
                for (String line : ev.summary().strip().split("\n")) {
                    md.append("  > ").append(line).append("\n");
                }
            }
        }
        md.append("""

                ## Contributing factors

                - _What made this possible? Look for conditions, not culprits._

                ## What went well

                - 

                ## What went poorly

                - 

                ## Follow-ups

                | action | owner | due | ticket |
                |---|---|---|---|
                |  |  |  |  |
                """);
        return md.toString();
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(cell(value)).append(" |\n");
    }

    private static void figure(StringBuilder md, String name, Duration value, String span, String verdict) {
        md.append("| ").append(name).append(" | ").append(HumanDuration.of(value)).append(" | ").append(span)
                .append(" | ").append(verdict == null ? "" : verdict).append(" |\n");
    }

    private static String verdict(ResponseClock clock) {
        return switch (clock.state()) {
            case MET -> "kept (" + HumanDuration.of(clock.target()) + ")";
            case BREACHED -> "**breached** (" + HumanDuration.of(clock.target()) + ")";
            case ON_TRACK, AT_RISK -> "running";
        };
    }

    private static String edits(List<EventEdit> edits) {
        if (edits.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(" _(moved");
        for (EventEdit edit : edits) {
            b.append(" from ").append(TIME.format(edit.previousAt()))
                    .append(edit.editedBy() == null ? "" : " by " + edit.editedBy());
        }
        return b.append(")_").toString();
    }

    /** Table cells hold one line: pipes escaped, line breaks as <br>. */
    private static String cell(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return text.strip().replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').strip();
    }

    private static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
