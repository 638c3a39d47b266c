package dev.vigil.connectors.logs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which document field plays each role of a log line. {@code path} is where the value sits in the document
 * ({@code log.level}); {@code exact} is the field to filter and count on (its {@code .keyword} sub-field
 * when the path is analysed text). Chosen per role from the environment's {@code logs.fields}, else the
 * first candidate the index mapping has, else the first candidate.
 */
public record LogFields(Map<String, Field> byRole) {

    /** A role's field: where to read it and what to filter on. */
    public record Field(String path, String exact) {
    }

    /** ECS first, then the common flat names. */
    public static final Map<String, List<String>> CANDIDATES = candidates();

    public LogFields {
        byRole = Map.copyOf(byRole);
    }

    private static Map<String, List<String>> candidates() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("timestamp", List.of("@timestamp", "timestamp", "time"));
        m.put("message", List.of("message", "log", "msg"));
        m.put("level", List.of("log.level", "level", "severity", "loglevel"));
        m.put("service", List.of("service.name", "kubernetes.labels.app", "service", "app"));
        m.put("pod", List.of("kubernetes.pod.name", "kubernetes.pod_name", "pod"));
        m.put("traceId", List.of("trace.id", "trace_id", "traceId"));
        m.put("clientId", List.of("client.id", "client_id", "clientId"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The first candidate of every role, exact on itself: what an ECS-shaped index with keyword fields has. */
    public static LogFields defaults() {
        return resolve(Map.of(), Map.of());
    }

    /**
     * The fields for an index whose mapping has {@code types} (field path → type, multi-fields included as
     * {@code path.keyword}), with {@code configured} roles taking precedence.
     */
    public static LogFields resolve(Map<String, String> configured, Map<String, String> types) {
        Map<String, Field> out = new LinkedHashMap<>();
        CANDIDATES.forEach((role, names) -> {
            String path = configured.get(role);
            if (path == null) {
                path = names.stream().filter(types::containsKey).findFirst().orElse(names.getFirst());
            }
            String type = types.get(path);
            String exact = "text".equals(type) && "keyword".equals(types.get(path + ".keyword")) ? path + ".keyword" : path;
            out.put(role, new Field(path, exact));
        });
        return new LogFields(out);
    }

    public Field timestamp() {
        return byRole.get("timestamp");
    }

    public Field message() {
        return byRole.get("message");
    }

    public Field level() {
        return byRole.get("level");
    }

    public Field service() {
        return byRole.get("service");
    }

    public Field pod() {
        return byRole.get("pod");
    }

    public Field traceId() {
        return byRole.get("traceId");
    }

    public Field clientId() {
        return byRole.get("clientId");
    }

    public Field of(FollowedId id) {
        return id == FollowedId.TRACE ? traceId() : clientId();
    }

    /** A value by dotted path in a document that may nest objects ({@code log: {level: x}}) or not ({@code "log.level": x}). */
    public static Object read(Map<String, Object> source, String path) {
        if (source.containsKey(path)) {
            return source.get(path);
        }
        int dot = path.indexOf('.');
        while (dot > 0) {
            Object inner = source.get(path.substring(0, dot));
            if (inner instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Object found = read((Map<String, Object>) map, path.substring(dot + 1));
                if (found != null) {
                    return found;
                }
            }
            dot = path.indexOf('.', dot + 1);
        }
        return null;
    }
}
