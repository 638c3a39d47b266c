package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.Alert;
import dev.vigil.connectors.alerting.AlertPriority;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The list's filter: status, priority at or above a level, one service, and free text that must
 * appear (every word, any case) in the title, service, source, a tag, a label or a detail.
 */
record AlertFilter(StatusFilter status, AlertPriority atLeast, String service, String text) implements Predicate<AlertRow> {

    @Override
    public boolean test(AlertRow row) {
        Alert a = row.alert();
        if (status != null && !status.accepts(a.status())) {
            return false;
        }
        if (atLeast != null && a.priority().rank() > atLeast.rank()) {
            return false;
        }
        if (service != null && !service.equals(a.service())) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String haystack = haystack(a);
        for (String word : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String haystack(Alert a) {
        StringBuilder b = new StringBuilder().append(a.title()).append(' ').append(a.service()).append(' ')
                .append(a.source()).append(' ').append(a.id()).append(' ').append(a.acknowledgedBy()).append(' ')
                .append(a.priority()).append(' ');
        a.tags().forEach(t -> b.append(t).append(' '));
        for (Map<String, String> m : java.util.List.of(a.labels(), a.details())) {
            m.forEach((k, v) -> b.append(k).append('=').append(v).append(' '));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
