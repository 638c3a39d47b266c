package dev.vigil.connectors.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * JSON over HTTP for the alerting providers: one timeout per request, the provider's
 * {@code Authorization} header, and every non-2xx answer turned into an {@link AlertException} of
 * the right kind carrying the server's own message (and Retry-After on 429).
 */
final class AlertHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final String provider;
    private final String authorization;

    AlertHttp(String provider, String authorization) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.provider = provider;
        this.authorization = authorization;
    }

    /** The answer of a request that may carry no body (202, 204); the status tells which. */
    record Answer(int status, JsonNode body) {
    }

    JsonNode get(URI uri) throws AlertException {
        return send(request(uri).GET().build()).body();
    }

    Answer post(URI uri, JsonNode body) throws AlertException {
        return send(request(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    Answer delete(URI uri) throws AlertException {
        return send(request(uri).DELETE().build());
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private Answer send(HttpRequest request) throws AlertException {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new AlertException(AlertException.Kind.UNREACHABLE, 0, provider + " did not answer within "
                    + TIMEOUT.toSeconds() + " s (" + request.uri().getHost() + ")", null, e);
        } catch (IOException e) {
            throw new AlertException(AlertException.Kind.UNREACHABLE, 0, provider + " is unreachable at "
                    + request.uri().getScheme() + "://" + request.uri().getAuthority() + ": "
                    + reason(e), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlertException(AlertException.Kind.UNREACHABLE, 0, "interrupted while asking " + provider, null, e);
        }
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status / 100 == 2) {
            return new Answer(status, body);
        }
        String reason = reason(body, response.body());
        Duration retryAfter = status == 429 ? retryAfter(response.headers().firstValue("Retry-After").orElse(null)) : null;
        throw new AlertException(kind(status), status, message(status, reason, retryAfter), retryAfter, null);
    }

    /** Why a connection failed, in words: the JDK's ConnectException often has no message at all. */
    private static String reason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
            if (t instanceof java.net.ConnectException) {
                return "connection refused";
            }
            if (t instanceof java.nio.channels.UnresolvedAddressException) {
                return "unknown host";
            }
        }
        return e.getClass().getSimpleName();
    }

    private String message(int status, String reason, Duration retryAfter) {
        String what = switch (status) {
            case 401 -> "not signed in (check the credential)";
            case 403 -> "not allowed";
            case 404 -> "not found";
            case 429 -> "rate-limited" + (retryAfter == null ? "" : ", retry in " + retryAfter.toSeconds() + " s");
            default -> status >= 500 ? "server error" : "refused";
        };
        return provider + ": " + what + " (HTTP " + status + ")" + (reason.isBlank() ? "" : ": " + reason);
    }

    static AlertException.Kind kind(int status) {
        return switch (status) {
            case 401 -> AlertException.Kind.UNAUTHORIZED;
            case 403 -> AlertException.Kind.FORBIDDEN;
            case 404 -> AlertException.Kind.NOT_FOUND;
            case 429 -> AlertException.Kind.RATE_LIMITED;
            default -> status >= 500 ? AlertException.Kind.SERVER : AlertException.Kind.INVALID;
        };
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(Instant.now(), at.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    /** The server's explanation: Opsgenie's {@code message}, JSM's {@code errors}, Alertmanager's plain text. */
    private static String reason(JsonNode body, String raw) {
        if (body.isTextual()) {
            return shorten(body.asText());
        }
        for (String field : new String[]{"message", "error", "errorMessage", "result"}) {
            if (body.path(field).isTextual()) {
                return shorten(body.path(field).asText());
            }
        }
        JsonNode errors = body.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            JsonNode first = errors.get(0);
            return shorten(first.isTextual() ? first.asText() : first.path("title").asText(first.path("message").asText(first.toString())));
        }
        return raw == null ? "" : shorten(raw);
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    /** ISO-8601 instant of a JSON field, or null. */
    static Instant instant(JsonNode node) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(node.asText()).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    static String iso(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.atOffset(ZoneOffset.UTC));
    }
}
