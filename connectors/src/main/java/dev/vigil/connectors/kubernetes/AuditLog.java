package dev.vigil.connectors.kubernetes;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local audit trail of cluster actions: one JSON object per line in {@code actions.jsonl} in the
 * state directory, appended and flushed before the action's result is shown, so the trail survives
 * a crash and greps well.
 */
public final class AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public AuditLog(Path file) {
        this.file = file;
    }

    /** One action: who did what to which target in which environment, and how it ended. */
    public record Entry(Instant time, String who, String environment, String context, String action, String target,
                        String result, String detail) {
    }

    public Path file() {
        return file;
    }

    public synchronized void append(Entry e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", e.time().toString());
        line.put("who", e.who());
        line.put("environment", e.environment());
        line.put("context", e.context());
        line.put("action", e.action());
        line.put("target", e.target());
        line.put("result", e.result());
        line.put("detail", e.detail());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e2) {
            throw new UncheckedIOException("cannot write the audit log " + file + ": " + e2.getMessage(), e2);
        }
    }
}
