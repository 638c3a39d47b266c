package dev.vigil.connectors.logs;

import java.util.Map;

/**
 * Lets people write a query with the short names the Logs section shows — {@code service:checkout},
 * {@code level:ERROR}, {@code pod:…}, {@code trace:…}, {@code client:…} — whatever the index calls those
 * fields ({@code service.name}, {@code log.level}, {@code kubernetes.pod.name} …): each short name at the
 * start of a term becomes the environment's field. Quoted phrases, escaped characters and real field
 * names are left as written.
 */
final class QueryFieldNames {

    private QueryFieldNames() {
    }

    static String rewrite(String query, LogFields f) {
        Map<String, String> names = Map.of(
                "service", f.service().exact(),
                "level", f.level().exact(),
                "pod", f.pod().exact(),
                "trace", f.traceId().exact(),
                "client", f.clientId().exact(),
                "message", f.message().path());
        StringBuilder out = new StringBuilder(query.length() + 16);
        boolean quoted = false;
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\\' && i + 1 < query.length()) {
                out.append(c).append(query.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && termStart(query, i)) {
                int end = i;
                while (end < query.length() && (Character.isLetterOrDigit(query.charAt(end)) || query.charAt(end) == '_')) {
                    end++;
                }
                if (end > i && end < query.length() && query.charAt(end) == ':') {
                    String name = query.substring(i, end);
                    out.append(names.getOrDefault(name, name));
                    i = end;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** A term starts the query or follows a space, a bracket or a required/prohibited mark. */
    private static boolean termStart(String q, int i) {
        if (i == 0) {
            return true;
        }
        char p = q.charAt(i - 1);
        return Character.isWhitespace(p) || p == '(' || p == '+' || p == '-' || p == '!';
    }
}
