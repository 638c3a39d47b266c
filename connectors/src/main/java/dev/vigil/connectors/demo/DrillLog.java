package dev.vigil.connectors.demo;

import java.time.Duration;

/**
 * Log lines a drill adds: from {@code from} into the drill, a share of the requests that the scope's
 * pods handle also log {@code message} at {@code level} (with the request's trace and client id).
 */
public record DrillLog(PodScope scope, String level, String message, double share, Duration from) {
}
