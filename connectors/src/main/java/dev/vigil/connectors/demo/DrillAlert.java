package dev.vigil.connectors.demo;

import java.time.Duration;
import java.util.Map;

/**
 * An alert a drill fires {@code at} into the drill, as the monitoring of a real company would: it
 * stays firing until the drill ends.
 *
 * @param priority 1 (page everyone) to 5 (informational), as Opsgenie counts
 * @param labels   what Alertmanager would carry: alertname, severity, namespace, ...
 */
public record DrillAlert(String key, Duration at, int priority, String service, String title, String description,
                         Map<String, String> labels) {
    public DrillAlert {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
