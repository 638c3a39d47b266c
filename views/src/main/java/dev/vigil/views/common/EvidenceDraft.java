package dev.vigil.views.common;

import java.util.Map;

/**
 * Evidence a section wants pinned to the active incident, before it is stored.
 *
 * @param kind      what it is: "pod", "log_query", "metric_snapshot", "alert", "url" or "changes"
 * @param title     one line, e.g. "pod payments/payments-7f9c-x2 CrashLoopBackOff"
 * @param summary   a few lines a reader of the incident understands without opening the source
 * @param sourceRef how to open the source again, e.g. "cluster:payments/payments-7f9c-x2" or a PromQL + range
 * @param attachments named text payloads kept with it (log lines, values as CSV, YAML); may be empty
 * @param files       named binary payloads (a chart's PNG), saved as files beside the store; may be empty
 */
public record EvidenceDraft(String kind, String title, String summary, String sourceRef, Map<String, String> attachments,
                            Map<String, byte[]> files) {
    public EvidenceDraft {
        if (kind == null || kind.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("evidence needs a kind and a title");
        }
        summary = summary == null ? "" : summary;
        sourceRef = sourceRef == null ? "" : sourceRef;
        attachments = attachments == null ? Map.of() : Map.copyOf(attachments);
        files = files == null ? Map.of() : Map.copyOf(files);
    }

    /** Evidence with text attachments only. */
    public EvidenceDraft(String kind, String title, String summary, String sourceRef, Map<String, String> attachments) {
        this(kind, title, summary, sourceRef, attachments, Map.of());
    }
}
