package dev.vigil.incidents.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.vigil.incidents.EventEdit;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.Role;
import dev.vigil.incidents.TimelineEvent;
import dev.vigil.incidents.store.ExportedIncident;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes incidents as JSON: {@code {"from", "to", "incidents": [{id, title, service, severity, environment,
 * status, roles, tags, events: [{event, at, author, text, source, edits}]}]}}. Streams, so a large export
 * never sits in memory twice; {@code import} reads it back.
 */
public final class IncidentJsonWriter {

    private IncidentJsonWriter() {
    }

    public static void write(Instant from, Instant to, List<ExportedIncident> incidents, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("from", from.toString());
            g.writeStringField("to", to.toString());
            g.writeArrayFieldStart("incidents");
            for (ExportedIncident x : incidents) {
                writeIncident(g, x.incident(), x.timeline());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeIncident(JsonGenerator g, Incident i, List<TimelineEvent> timeline) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", i.id());
        g.writeStringField("title", i.title());
        g.writeStringField("service", i.service());
        g.writeStringField("severity", i.severity().name());
        g.writeStringField("environment", i.environment());
        g.writeStringField("status", i.status().key());
        g.writeObjectFieldStart("roles");
        for (Map.Entry<Role, String> r : i.roles().entrySet()) {
            g.writeStringField(r.getKey().key(), r.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("tags");
        for (String t : i.tags()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (TimelineEvent e : timeline) {
            g.writeStartObject();
            g.writeStringField("event", e.kind().key());
            g.writeStringField("at", e.at().toString());
            g.writeStringField("author", e.author());
            g.writeStringField("text", e.text());
            g.writeStringField("source", e.source().key());
            g.writeArrayFieldStart("edits");
            for (EventEdit edit : e.edits()) {
                g.writeStartObject();
                g.writeStringField("previous_at", edit.previousAt().toString());
                g.writeStringField("new_at", edit.newAt().toString());
                g.writeStringField("edited_by", edit.editedBy());
                g.writeStringField("edited_at", edit.editedAt().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
