package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.Alert;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a source's snapshots wait for the FX thread. Comparing each alert with its previous state
 * happens here, on the source's thread, so the FX thread only replaces the rows that changed. The
 * ids changed since the FX thread last took a snapshot accumulate, so a snapshot skipped within one
 * pulse loses no change.
 */
final class AlertInbox {

    /** The newest snapshot (also by id) and every id that changed since the last one taken (new, or different). */
    record Taken(List<Alert> alerts, Map<String, Alert> byId, Set<String> changed) {
    }

    private Map<String, Alert> previous = Map.of();
    private List<Alert> latest;
    private final Set<String> changed = new HashSet<>();

    synchronized void put(List<Alert> alerts) {
        Map<String, Alert> next = new HashMap<>(alerts.size() * 2);
        for (Alert a : alerts) {
            next.put(a.id(), a);
            if (!a.equals(previous.get(a.id()))) {
                changed.add(a.id());
            }
        }
        previous = java.util.Collections.unmodifiableMap(next);
        latest = alerts;
    }

    /** The newest snapshot, or null when none arrived since the last take. */
    synchronized Taken take() {
        if (latest == null) {
            return null;
        }
        Taken t = new Taken(latest, previous, Set.copyOf(changed));
        changed.clear();
        latest = null;
        return t;
    }
}
