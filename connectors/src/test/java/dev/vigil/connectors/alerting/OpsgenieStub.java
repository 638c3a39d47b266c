package dev.vigil.connectors.alerting;

/** Answers in the documented shapes of the Opsgenie alert API (REST v2) and JSM Ops, for WireMock stubs. */
final class OpsgenieStub {

    private OpsgenieStub() {
    }

    /** One alert as the list endpoint returns it. */
    static String alert(String id, String message, String priority, boolean acknowledged, String status, String tags) {
        return """
                {"id":"%s","tinyId":"%s","alias":"alias-%s","message":"%s","status":"%s","acknowledged":%s,"isSeen":true,
                 "tags":[%s],"snoozed":false,"count":3,"lastOccurredAt":"2026-11-30T10:05:00.000Z",
                 "createdAt":"2026-11-30T10:00:00.000Z","updatedAt":"2026-11-30T10:06:00.000Z","source":"Prometheus",
                 "owner":"%s","priority":"%s","responders":[{"type":"team","id":"t1"}],
                 "integration":{"id":"i1","name":"Prometheus prod","type":"Prometheus"},
                 "report":{"ackTime":15000,"acknowledgedBy":"%s"}}
                """.formatted(id, id.length() > 4 ? id.substring(0, 4) : id, id, message, status, acknowledged, tags,
                acknowledged ? "lee@example.com" : "", priority, acknowledged ? "lee@example.com" : "");
    }

    static String opsgenieList(String next, String... alerts) {
        return "{\"data\":[" + String.join(",", alerts) + "],\"paging\":{" + (next == null ? "" : "\"next\":\"" + next + "\",")
                + "\"first\":\"x\"},\"took\":0.605,\"requestId\":\"9ae63dd7-ed00-4c81-86f0-c4ffd33142c9\"}";
    }

    static String jsmList(String next, String... alerts) {
        return "{\"values\":[" + String.join(",", alerts) + "],\"count\":" + alerts.length
                + (next == null ? "" : ",\"links\":{\"next\":\"" + next + "\"}") + "}";
    }

    static String accepted(String requestId) {
        return "{\"result\":\"Request will be processed\",\"took\":0.302,\"requestId\":\"" + requestId + "\"}";
    }

    static String opsgenieRequestStatus(boolean success, String action, String status) {
        return """
                {"data":{"success":%s,"action":"%s","processedAt":"2026-11-30T10:07:00.844Z","integrationId":"c9ce",
                 "isSuccess":%s,"status":"%s","alertId":"a1","alias":"alias-a1"},"took":0.022,"requestId":"r"}
                """.formatted(success, action, success, status);
    }

    static String jsmRequestStatus(boolean success, String action, String status) {
        return """
                {"action":"%s","processedAt":"2026-11-30T10:07:00.844Z","isSuccess":%s,"status":"%s","alertId":"a1","alias":"alias-a1"}
                """.formatted(action, success, status);
    }

    static String error(String message) {
        return "{\"message\":\"" + message + "\",\"took\":0.001,\"requestId\":\"e\"}";
    }
}
