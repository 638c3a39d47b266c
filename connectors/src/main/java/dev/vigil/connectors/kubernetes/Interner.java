package dev.vigil.connectors.kubernetes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares equal strings and label maps between the summaries of one connection. Every object an
 * informer receives is freshly parsed, so 50,000 pods otherwise hold 50,000 copies of "Running",
 * of each namespace, node and owner name, and of each deployment's label map. Only values that
 * repeat across objects go through here (never pod names or IPs). A cache, not a registry: past
 * {@code limit} entries it starts over, so values of objects long gone cannot pile up.
 */
final class Interner {

    private final int limit;
    private final ConcurrentHashMap<Object, Object> pool = new ConcurrentHashMap<>();

    Interner(int limit) {
        this.limit = limit;
    }

    Interner() {
        this(200_000);
    }

    String string(String s) {
        if (s == null) {
            return null;
        }
        return (String) shared(s);
    }

    /** An immutable copy of the map, the same instance for every equal map. */
    Map<String, String> labels(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return Map.of();
        }
        Object known = pool.get(labels);
        if (known != null) {
            @SuppressWarnings("unchecked")
            Map<String, String> m = (Map<String, String>) known;
            return m;
        }
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] entries = new Map.Entry[labels.size()];
        int i = 0;
        for (var e : labels.entrySet()) {
            entries[i++] = Map.entry(string(e.getKey()), string(e.getValue()));
        }
        @SuppressWarnings("unchecked")
        Map<String, String> copy = (Map<String, String>) shared(Map.ofEntries(entries));
        return copy;
    }

    private Object shared(Object value) {
        Object known = pool.putIfAbsent(value, value);
        if (known != null) {
            return known;
        }
        if (pool.size() > limit) {
            pool.clear();
        }
        return value;
    }

    int size() {
        return pool.size();
    }
}
