package dev.vigil.views.logs;

import dev.vigil.connectors.logs.FollowedId;
import dev.vigil.connectors.logs.LogHit;

import java.time.Duration;
import java.util.List;

/** The lines of one trace or client id across services, oldest first, as "Follow trace" shows them. */
public record TraceStory(FollowedId kind, String id, List<LogHit> lines, boolean cut) {

    public TraceStory {
        lines = List.copyOf(lines);
    }

    /** Time since the story's first line: how far into the request a line was written. */
    public Duration offset(LogHit line) {
        return lines.isEmpty() ? Duration.ZERO : Duration.between(lines.getFirst().at(), line.at());
    }

    /** The services in the order the request reached them. */
    public List<String> services() {
        return lines.stream().map(LogHit::service).filter(s -> s != null).distinct().toList();
    }
}
