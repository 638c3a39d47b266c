package dev.vigil.connectors.alerting;

/** A link an alert carries: its runbook, the graph that generated it, a dashboard. */
public record AlertLink(String title, String url) {
}
