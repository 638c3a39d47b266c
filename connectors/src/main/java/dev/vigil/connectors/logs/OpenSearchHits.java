package dev.vigil.connectors.logs;

import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch.core.search.Hit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Turns search hits into {@link LogHit}s through the environment's field mapping. */
final class OpenSearchHits {

    private OpenSearchHits() {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static LogHit of(Hit<Map> hit, LogFields fields) {
        Map<String, Object> source = hit.source() == null ? Map.of() : (Map<String, Object>) hit.source();
        List<FieldValue> sort = hit.sort();
        Instant at = sort.size() >= 1 && sort.getFirst().isLong() ? Instant.ofEpochMilli(sort.getFirst().longValue())
                : time(LogFields.read(source, fields.timestamp().path()));
        long tiebreak = sort.size() >= 2 && sort.get(1).isLong() ? sort.get(1).longValue() : 0;
        return new LogHit(hit.index(), hit.id(), at, tiebreak,
                text(source, fields.service()), text(source, fields.pod()), text(source, fields.level()),
                text(source, fields.traceId()), text(source, fields.clientId()), text(source, fields.message()), source);
    }

    private static String text(Map<String, Object> source, LogFields.Field field) {
        Object v = LogFields.read(source, field.path());
        if (v instanceof List<?> list) {
            v = list.isEmpty() ? null : list.getFirst();
        }
        return v == null ? null : v.toString();
    }

    static Instant time(Object value) {
        if (value instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        if (value instanceof String s) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return Instant.parse(s);
                } catch (DateTimeParseException again) {
                    return Instant.EPOCH;
                }
            }
        }
        return Instant.EPOCH;
    }
}
