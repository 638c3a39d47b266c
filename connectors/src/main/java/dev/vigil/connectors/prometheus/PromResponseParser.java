package dev.vigil.connectors.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the HTTP API's JSON envelope into series, or into the typed error the server described. */
final class PromResponseParser {

    private final ObjectMapper json = new ObjectMapper();

    List<Series> series(int status, byte[] body) {
        JsonNode data = data(status, body);
        String type = data.path("resultType").asText();
        JsonNode result = data.path("result");
        List<Series> out = new ArrayList<>();
        switch (type) {
            case "vector" -> result.forEach(item -> out.add(new Series(labels(item.path("metric")),
                    new long[]{millis(item.path("value").get(0))}, new double[]{number(item.path("value").get(1))})));
            case "matrix" -> result.forEach(item -> {
                JsonNode values = item.path("values");
                long[] times = new long[values.size()];
                double[] numbers = new double[values.size()];
                for (int i = 0; i < values.size(); i++) {
                    times[i] = millis(values.get(i).get(0));
                    numbers[i] = number(values.get(i).get(1));
                }
                out.add(new Series(labels(item.path("metric")), times, numbers));
            });
            case "scalar" -> out.add(new Series(Map.of(), new long[]{millis(result.get(0))}, new double[]{number(result.get(1))}));
            default -> throw new PromQueryException(PromQueryException.Kind.SERVER,
                    "Prometheus answered with an unexpected result type '" + type + "'");
        }
        return out;
    }

    List<String> strings(int status, byte[] body) {
        JsonNode data = data(status, body);
        List<String> out = new ArrayList<>();
        data.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The answer's {@code data}; the body is UTF-8 JSON, read as bytes (only an error's text is decoded). */
    private JsonNode data(int status, byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : json.readTree(body);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw httpError(status, new String(body, StandardCharsets.UTF_8));
        }
        if (!"success".equals(root.path("status").asText())) {
            throw apiError(status, root.path("errorType").asText(), root.path("error").asText());
        }
        if (status >= 300) {
            throw httpError(status, new String(body, StandardCharsets.UTF_8));
        }
        return root.path("data");
    }

    static PromQueryException apiError(int status, String errorType, String message) {
        PromQueryException.Kind kind = switch (errorType) {
            case "bad_data" -> PromQueryException.Kind.BAD_DATA;
            case "execution" -> PromQueryException.Kind.EXECUTION;
            case "timeout", "canceled" -> PromQueryException.Kind.TIMEOUT;
            default -> status == 401 || status == 403 ? PromQueryException.Kind.UNAUTHORIZED : PromQueryException.Kind.SERVER;
        };
        String text = message == null || message.isBlank() ? "HTTP " + status + " (" + errorType + ")" : message;
        return new PromQueryException(kind, text);
    }

    static PromQueryException httpError(int status, String body) {
        String snippet = body == null ? "" : body.strip();
        if (snippet.length() > 200) {
            snippet = snippet.substring(0, 200) + "…";
        }
        String message = "HTTP " + status + (snippet.isEmpty() ? "" : ": " + snippet);
        if (status == 401 || status == 403) {
            return new PromQueryException(PromQueryException.Kind.UNAUTHORIZED,
                    message + " (check the credential configured for this Prometheus)");
        }
        if (status == 400) {
            return new PromQueryException(PromQueryException.Kind.BAD_DATA, message);
        }
        return new PromQueryException(PromQueryException.Kind.SERVER, message);
    }

    private static Map<String, String> labels(JsonNode metric) {
        Map<String, String> labels = new LinkedHashMap<>();
        metric.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static long millis(JsonNode seconds) {
        return Math.round(seconds.asDouble() * 1000);
    }

    private static double number(JsonNode text) {
        return switch (text.asText()) {
            case "NaN" -> Double.NaN;
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text.asText());
        };
    }
}
