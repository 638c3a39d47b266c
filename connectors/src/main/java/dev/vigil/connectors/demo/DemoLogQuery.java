package dev.vigil.connectors.demo;

import dev.vigil.connectors.logs.LogQueryException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The part of OpenSearch's query_string syntax the demo logs understand: words and "phrases" (matched
 * against the message's words, case-insensitively, and exactly against level, service, pod and the ids),
 * {@code field:value} on those fields (ECS or flat names), {@code *} and {@code ?} wildcards, AND / OR /
 * NOT, {@code -word}, {@code +word} and parentheses; words side by side must all match, as Vigil asks
 * OpenSearch (default operator AND). A query it cannot read fails as OpenSearch's parser would.
 */
final class DemoLogQuery {

    private final String text;
    private final List<String> tokens;
    private int at;

    private DemoLogQuery(String text) {
        this.text = text;
        this.tokens = tokenize(text);
    }

    static Predicate<DemoLogLine> parse(String text) {
        if (text == null || text.isBlank() || text.strip().equals("*")) {
            return l -> true;
        }
        DemoLogQuery q = new DemoLogQuery(text);
        Predicate<DemoLogLine> p = q.or();
        if (q.at < q.tokens.size()) {
            throw q.error("Encountered \"" + q.tokens.get(q.at) + "\" at token " + (q.at + 1));
        }
        return p;
    }

    private Predicate<DemoLogLine> or() {
        Predicate<DemoLogLine> left = and();
        while (peek("OR") || peek("||")) {
            at++;
            left = left.or(and());
        }
        return left;
    }

    private Predicate<DemoLogLine> and() {
        Predicate<DemoLogLine> left = unary();
        while (at < tokens.size() && !peek(")") && !peek("OR") && !peek("||")) {
            if (peek("AND") || peek("&&")) {
                at++;
            }
            left = left.and(unary());
        }
        return left;
    }

    private Predicate<DemoLogLine> unary() {
        if (peek("NOT") || peek("!") || peek("-")) {
            at++;
            return unary().negate();
        }
        if (peek("+")) {
            at++;
        }
        return primary();
    }

    private Predicate<DemoLogLine> primary() {
        if (at >= tokens.size()) {
            throw error("Encountered \"<EOF>\" at the end: a term, phrase or ( was expected");
        }
        String t = tokens.get(at++);
        if (t.equals("(")) {
            Predicate<DemoLogLine> inner = or();
            if (!peek(")")) {
                throw error("Encountered \"<EOF>\": the ( has no )");
            }
            at++;
            return inner;
        }
        if (t.equals(")") || isOperator(t)) {
            throw error("Encountered \"" + t + "\" where a term was expected");
        }
        if (peek(":")) {
            at++;
            if (at >= tokens.size()) {
                throw error("Encountered \"<EOF>\" after " + t + ": a value was expected");
            }
            String field = t;
            if (peek("(")) {
                at++;
                List<String> values = new ArrayList<>();
                while (at < tokens.size() && !peek(")")) {
                    if (!isOperator(tokens.get(at))) {
                        values.add(tokens.get(at));
                    }
                    at++;
                }
                if (!peek(")")) {
                    throw error("Encountered \"<EOF>\": the ( has no )");
                }
                at++;
                return values.stream().map(v -> field(field, v)).reduce(l -> false, Predicate::or);
            }
            return field(field, tokens.get(at++));
        }
        return anyField(t);
    }

    private Predicate<DemoLogLine> field(String field, String value) {
        Matcher m = matcher(value);
        return switch (field) {
            case "message", "msg", "log" -> l -> m.inMessage(l.message());
            case "level", "log.level", "severity" -> l -> m.exact(l.level());
            case "service", "service.name", "app", "kubernetes.labels.app" -> l -> m.exact(l.service());
            case "pod", "kubernetes.pod.name" -> l -> m.exact(l.pod());
            case "trace.id", "trace_id", "traceId" -> l -> m.exact(l.traceId());
            case "client.id", "client_id", "clientId" -> l -> m.exact(l.clientId());
            default -> l -> false; // like OpenSearch: a field no document has matches nothing
        };
    }

    private Predicate<DemoLogLine> anyField(String value) {
        Matcher m = matcher(value);
        return l -> m.inMessage(l.message()) || m.exact(l.level()) || m.exact(l.service()) || m.exact(l.pod())
                || m.exact(l.traceId()) || m.exact(l.clientId());
    }

    /** One value: a phrase (words in a row), or one word possibly with wildcards. */
    private record Matcher(List<Pattern> words, String exactText) {
        boolean exact(String v) {
            return v != null && words.size() == 1 && words.getFirst().matcher(v.toLowerCase(Locale.ROOT)).matches()
                    || v != null && v.equalsIgnoreCase(exactText);
        }

        boolean inMessage(String message) {
            String[] w = WORD_SPLIT.split(message.toLowerCase(Locale.ROOT));
            for (int i = 0; i + words.size() <= w.length; i++) {
                boolean all = true;
                for (int j = 0; j < words.size() && all; j++) {
                    all = words.get(j).matcher(w[i + j]).matches();
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}_]+");

    private static Matcher matcher(String value) {
        boolean phrase = value.startsWith("\"");
        String v = phrase ? value.substring(1, value.length() - 1) : value;
        List<Pattern> words = new ArrayList<>();
        for (String w : (phrase ? WORD_SPLIT.split(v.toLowerCase(Locale.ROOT).strip()) : new String[]{v.toLowerCase(Locale.ROOT)})) {
            if (!w.isEmpty()) {
                words.add(Pattern.compile(Pattern.quote(w).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q")));
            }
        }
        return new Matcher(words, v);
    }

    private boolean peek(String token) {
        return at < tokens.size() && tokens.get(at).equals(token);
    }

    private static boolean isOperator(String t) {
        return t.equals("AND") || t.equals("OR") || t.equals("&&") || t.equals("||");
    }

    private LogQueryException error(String detail) {
        return new LogQueryException(LogQueryException.Kind.BAD_QUERY, "Failed to parse query [" + text + "]: Cannot parse '"
                + text + "': " + detail);
    }

    private List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = s.indexOf('"', i + 1);
                if (end < 0) {
                    throw error("Lexical error at end of input: the phrase starting at character " + (i + 1) + " has no closing \"");
                }
                out.add(s.substring(i, end + 1));
                i = end + 1;
            } else if ("():".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else if ((c == '-' || c == '+' || c == '!') && (out.isEmpty() || i == 0 || Character.isWhitespace(s.charAt(i - 1))
                    || s.charAt(i - 1) == '(')) {
                out.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "():\"".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                out.add(s.substring(start, i));
            }
        }
        return out;
    }
}
