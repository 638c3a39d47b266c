package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;

import java.lang.reflect.Field;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Fabric8's CRUD mock made to behave as a real API server in the two ways that matter with many
 * objects. Used by the connector's tests and the pods bench.
 *
 * <ul>
 *   <li><b>Lists in pages.</b> Asked with {@code limit}, a list comes in pages, each with a
 *   {@code continue} token until the last, all from one snapshot taken at the first page; an unknown
 *   token is answered as an expired one ({@code 410 Gone}). The mock alone ignores {@code limit}.</li>
 *   <li><b>Watches from a resource version.</b> A watch from a given version gets the changes after
 *   it, as an informer's watch after its list does. The mock alone first replays every stored object
 *   as {@code ADDED} to every new watch, which at 50,000 pods is a 50,000-event backlog in front of the
 *   first real change. A watch without a version (or from "0") still gets the replay, which is what a
 *   server sends then. Changes made between a list and its watch are not replayed here: the mock keeps
 *   no history.</li>
 * </ul>
 *
 * Single objects, lists without {@code limit} and everything else are the mock's own.
 */
public class ApiServerCrudDispatcher extends KubernetesCrudDispatcher {

    private record Snapshot(String resourceVersion, List<String> items) {
    }

    private final Map<String, Snapshot> lists = new ConcurrentHashMap<>();
    private final AtomicInteger pages = new AtomicInteger();

    /** How many pages this server has sent (a list without {@code limit} counts none). */
    public int pagesServed() {
        return pages.get();
    }

    @Override
    public MockResponse handleWatch(String path) {
        MockResponse response = super.handleWatch(path);
        String version = param(path, "resourceVersion");
        if (version != null && !version.isEmpty() && !version.equals("0")) {
            // The mock's listener replays the store when it opens; this one starts at the version asked for.
            Object listener = response.getWebSocketListener();
            try {
                Field replay = listener.getClass().getDeclaredField("onOpenAction");
                replay.setAccessible(true);
                replay.set(listener, (Consumer<Object>) opened -> { });
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Fabric8's mock watch listener has changed: " + e, e);
            }
        }
        return response;
    }

    private static String param(String path, String name) {
        int q = path.indexOf('?');
        if (q >= 0) {
            for (String param : path.substring(q + 1).split("&")) {
                if (param.startsWith(name + "=")) {
                    return URLDecoder.decode(param.substring(name.length() + 1), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    @Override
    public MockResponse handleGet(String path) {
        int q = path.indexOf('?');
        if (q < 0) {
            return super.handleGet(path);
        }
        String limit = null;
        String token = null;
        boolean watch = false;
        StringBuilder rest = new StringBuilder(path.substring(0, q));
        char sep = '?';
        for (String param : path.substring(q + 1).split("&")) {
            int eq = param.indexOf('=');
            String key = eq < 0 ? param : param.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8);
            switch (key) {
                case "limit" -> limit = value;
                case "continue" -> token = value;
                default -> {
                    watch |= key.equals("watch") && value.equals("true");
                    rest.append(sep).append(param);
                    sep = '&';
                }
            }
        }
        if (limit == null || watch) {
            return super.handleGet(path);
        }
        int size = Integer.parseInt(limit);
        String id;
        int offset;
        Snapshot list;
        if (token == null || token.isEmpty()) {
            MockResponse full = super.handleGet(rest.toString());
            byte[] bytes = full.getBody() == null ? new byte[0] : full.getBody().getBytes();
            String body = new String(bytes, StandardCharsets.UTF_8);
            List<String> items = full.code() == 200 ? items(body) : null;
            if (items == null) {
                return new MockResponse().setResponseCode(full.code()).setBody(bytes);
            }
            list = new Snapshot(resourceVersion(body), items);
            id = UUID.randomUUID().toString();
            offset = 0;
        } else {
            int colon = token.lastIndexOf(':');
            id = colon < 0 ? token : token.substring(0, colon);
            list = lists.get(id);
            if (list == null) {
                return new MockResponse().setResponseCode(410).setBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\","
                        + "\"status\":\"Failure\",\"reason\":\"Expired\",\"code\":410,"
                        + "\"message\":\"The provided continue parameter is too old to display a consistent list result.\"}");
            }
            offset = Integer.parseInt(token.substring(colon + 1));
        }
        int end = Math.min(list.items.size(), offset + Math.max(1, size));
        StringBuilder page = new StringBuilder(256 + 2048 * (end - offset));
        page.append("{\"apiVersion\":\"v1\",\"kind\":\"List\",\"metadata\":{\"resourceVersion\":\"")
                .append(list.resourceVersion).append('"');
        if (end < list.items.size()) {
            lists.put(id, list);
            page.append(",\"continue\":\"").append(id).append(':').append(end).append("\",\"remainingItemCount\":")
                    .append(list.items.size() - end);
        } else {
            lists.remove(id);
        }
        page.append("},\"items\":[");
        for (int i = offset; i < end; i++) {
            page.append(i == offset ? "" : ",").append(list.items.get(i));
        }
        pages.incrementAndGet();
        return new MockResponse().setResponseCode(200).setBody(page.append("]}").toString());
    }

    /** The elements of a list answer's {@code items} array as JSON texts, or null if it is not a list. */
    static List<String> items(String body) {
        int key = body.indexOf("\"items\"");
        int open = key < 0 ? -1 : body.indexOf('[', key);
        if (open < 0) {
            return null;
        }
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = -1;
        boolean inString = false;
        for (int i = open + 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{', '[' -> {
                    if (depth++ == 0) {
                        start = i;
                    }
                }
                case '}', ']' -> {
                    if (depth == 0) {
                        return items;
                    }
                    if (--depth == 0) {
                        items.add(body.substring(start, i + 1));
                    }
                }
                default -> {
                }
            }
        }
        return items;
    }

    /** The list's own resource version: the last one in the answer (its metadata follows the items). */
    private static String resourceVersion(String body) {
        int key = body.lastIndexOf("\"resourceVersion\"");
        if (key < 0) {
            return "";
        }
        int open = body.indexOf('"', body.indexOf(':', key) + 1);
        int close = open < 0 ? -1 : body.indexOf('"', open + 1);
        return close < 0 ? "" : body.substring(open + 1, close);
    }
}
