package dev.vigil.connectors.demo;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** One simulated log line, with the ids an engineer follows across services. */
public record DemoLogLine(Instant at, String service, String pod, String level, String traceId, String clientId,
                          String message) {

    /** As the pod would print it: ISO time, level, then key=value pairs and the message. */
    public String text() {
        return DateTimeFormatter.ISO_INSTANT.format(at) + " " + level + " service=" + service + " trace_id=" + traceId
                + " client_id=" + clientId + " " + message;
    }
}
