package dev.vigil.views.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a query_string query worth highlighting in a message: bare words and phrases, without
 * operators, field names, negated words or wildcard characters. Case-insensitive, as the analyser is.
 */
public final class QueryTerms {

    private static final Pattern TOKEN = Pattern.compile("(-|!)?(?:([\\w.@]+):)?(\"[^\"]*\"|[^\\s()\"]+)");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "TO");
    private static final Set<String> MESSAGE_FIELDS = Set.of("message", "msg", "log");

    private QueryTerms() {
    }

    public static List<String> of(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) {
            return terms;
        }
        Matcher m = TOKEN.matcher(query);
        while (m.find()) {
            String value = m.group(3);
            if (m.group(1) != null || OPERATORS.contains(value) || m.group(2) != null && !MESSAGE_FIELDS.contains(m.group(2))) {
                continue;
            }
            String t = value.replace("\"", "").replace("*", "").replace("?", "").strip().toLowerCase(Locale.ROOT);
            if (t.length() >= 2) {
                terms.add(t);
            }
        }
        return terms;
    }

    /** Where the terms occur in a text: [start, end) pairs, sorted, not overlapping. */
    public static List<int[]> spans(String text, List<String> terms) {
        List<int[]> spans = new ArrayList<>();
        if (terms.isEmpty() || text == null) {
            return spans;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String t : terms) {
            for (int i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + t.length())) {
                spans.add(new int[]{i, i + t.length()});
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            if (!merged.isEmpty() && s[0] <= merged.getLast()[1]) {
                merged.getLast()[1] = Math.max(merged.getLast()[1], s[1]);
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
