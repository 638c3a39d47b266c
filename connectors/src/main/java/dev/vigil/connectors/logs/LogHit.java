package dev.vigil.connectors.logs;

import java.time.Instant;
import java.util.Map;

/**
 * One log line as found: where it is stored ({@code index}/{@code id}), its time and the parts an engineer
 * reads and follows (null when the document has none), and every field of the document as stored.
 * {@code tiebreak} orders lines of the same millisecond (the store's own document order), so paging and
 * tailing neither skip nor repeat them.
 */
public record LogHit(String index, String id, Instant at, long tiebreak, String service, String pod, String level,
                     String traceId, String clientId, String message, Map<String, Object> fields) {

    public LogHit {
        fields = fields == null ? Map.of() : fields;
        message = message == null ? "" : message;
    }

    /** Identity across pages and polls. */
    public String key() {
        return index + "/" + id;
    }
}
