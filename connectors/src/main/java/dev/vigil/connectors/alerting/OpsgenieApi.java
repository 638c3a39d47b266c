package dev.vigil.connectors.alerting;

/**
 * The two dialects of the Opsgenie alert API: Opsgenie's own REST v2 ({@code /v2/alerts}, answers
 * under {@code data}, pages with {@code limit}, {@code GenieKey} auth) and Jira Service Management
 * Ops ({@code /v1/alerts} under {@code https://api.atlassian.com/jsm/ops/api/{cloudId}}, answers under
 * {@code values}, pages with {@code size}, basic auth with an email and API token). Alerts, actions
 * and the asynchronous request follow-up have the same shape in both.
 */
public enum OpsgenieApi {
    OPSGENIE("Opsgenie", "/v2/alerts", "?identifierType=id", "limit"),
    JSM("JSM Ops", "/v1/alerts", "", "size");

    private final String title;
    private final String alertsPath;
    private final String byId;
    private final String pageSizeParam;

    OpsgenieApi(String title, String alertsPath, String byId, String pageSizeParam) {
        this.title = title;
        this.alertsPath = alertsPath;
        this.byId = byId;
        this.pageSizeParam = pageSizeParam;
    }

    public String title() {
        return title;
    }

    String alertsPath() {
        return alertsPath;
    }

    /** The query string that says an alert path segment is its id (Opsgenie also accepts tiny ids and aliases). */
    String byId() {
        return byId;
    }

    String pageSizeParam() {
        return pageSizeParam;
    }
}
