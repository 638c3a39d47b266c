package dev.vigil.connectors.prometheus;

import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * One built-in tile's query written for several services at once: {@code template} holds
 * {@link #SERVICES} where the service names go (as a regex alternation), and the answer has one series
 * per service, named by {@code label}. Tiles whose templates are equal (same metric, convention, status
 * label, rate window and namespace) are answered by one request: a refresh of 8 services × 6 tiles asks
 * Prometheus 6 times instead of 48, and Prometheus evaluates each metric once rather than once per service.
 *
 * @param template the query with {@link #SERVICES} left in
 * @param label    the label of the answer that carries the service name
 */
record SharedQuery(String template, String label) {

    static final String SERVICES = "{services}";

    /** The query for these services. Longest names first, so "api-gateway-7f9" is not taken for a pod of "api". */
    static String forServices(String template, Collection<String> services) {
        String names = services.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(SharedQuery::quote)
                .collect(Collectors.joining("|"));
        return template.replace(SERVICES, names);
    }

    /** A service name as a literal inside a PromQL string holding a regex: regex metacharacters escaped, the escape doubled. */
    static String quote(String name) {
        StringBuilder b = new StringBuilder(name.length() + 8);
        for (char c : name.toCharArray()) {
            if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
                b.append("\\\\");
            }
            if (c == '"') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
