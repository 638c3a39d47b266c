package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    /**
     * A list as it was at its first page: the mock's answer, split into items only as far as the pages
     * asked for so far, as a real API server reads a page at a time from its store. Split as bytes
     * (JSON's brackets and quotes are single bytes in UTF-8, never part of a longer character). Splitting
     * the mock's whole answer for 50,000 pods (35 MB) before the first page took ~200 ms when it was
     * decoded to a String first, and ~100 ms as bytes with the split still cold: time a console asking
     * for pages waited, and a real server does not spend.
     */
    static final class Snapshot {
        final String resourceVersion;
        final byte[] body;
        // Where each item split so far starts and ends (end exclusive), in pairs.
        private int[] bounds = new int[2048];
        private int n;
        private int pos;
        private boolean done;

        private Snapshot(byte[] body, int pos) {
            this.resourceVersion = resourceVersion(body);
            this.body = body;
            this.pos = pos;
        }

        /** The snapshot of a list answer; null if it is not one. */
        static Snapshot of(byte[] body) {
            int key = indexOf(body, "\"items\"".getBytes(StandardCharsets.US_ASCII), 0);
            for (int i = key < 0 ? body.length : key; i < body.length; i++) {
                if (body[i] == '[') {
                    return new Snapshot(body, i + 1);
                }
            }
            return null;
        }

        /** Splits until {@code count} items are known or the list ends; how many are known. */
        synchronized int scan(int count) {
            int i = pos;
            int depth = 0;
            int start = -1;
            while (n / 2 < count && !done) {
                if (i >= body.length) {
                    done = true;
                    break;
                }
                byte c = body[i];
                if (c == '"') {
                    // Skip the string: to its closing quote, past escaped characters.
                    for (i++; i < body.length && body[i] != '"'; i++) {
                        if (body[i] == '\\') {
                            i++;
                        }
                    }
                } else if (c == '{' || c == '[') {
                    if (depth++ == 0) {
                        start = i;
                    }
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        done = true;
                        break;
                    }
                    if (--depth == 0) {
                        if (n + 2 > bounds.length) {
                            bounds = Arrays.copyOf(bounds, bounds.length * 2);
                        }
                        bounds[n++] = start;
                        bounds[n++] = i + 1;
                    }
                }
                i++;
            }
            pos = i;
            return n / 2;
        }

        synchronized int start(int item) {
            return bounds[2 * item];
        }

        synchronized int end(int item) {
            return bounds[2 * item + 1];
        }
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
            list = full.code() == 200 ? Snapshot.of(bytes) : null;
            if (list == null) {
                return new MockResponse().setResponseCode(full.code()).setBody(bytes);
            }
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
        int end = (int) Math.min((long) offset + Math.max(1, size), Integer.MAX_VALUE - 1);
        int known = list.scan(end + 1);
        boolean more = known > end;
        end = Math.min(known, end);
        StringBuilder head = new StringBuilder(256);
        head.append("{\"apiVersion\":\"v1\",\"kind\":\"List\",\"metadata\":{\"resourceVersion\":\"")
                .append(list.resourceVersion).append('"');
        if (more) {
            lists.put(id, list);
            // No remainingItemCount: the rest is not split yet (a real server may leave it out too).
            head.append(",\"continue\":\"").append(id).append(':').append(end).append('"');
        } else {
            lists.remove(id);
        }
        head.append("},\"items\":[");
        ByteArrayOutputStream page = new ByteArrayOutputStream(head.length() + 4 + (end > offset ? list.end(end - 1) - list.start(offset) : 0));
        page.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        for (int i = offset; i < end; i++) {
            if (i > offset) {
                page.write(',');
            }
            page.write(list.body, list.start(i), list.end(i) - list.start(i));
        }
        page.write(']');
        page.write('}');
        pages.incrementAndGet();
        return new MockResponse().setResponseCode(200).setBody(page.toByteArray());
    }

    /**
     * Where each element of a list answer's {@code items} array starts and ends (end exclusive), as
     * pairs in one array; null if it is not a list.
     */
    static int[] items(byte[] body) {
        Snapshot list = Snapshot.of(body);
        if (list == null) {
            return null;
        }
        int count = list.scan(Integer.MAX_VALUE);
        int[] bounds = new int[2 * count];
        for (int i = 0; i < count; i++) {
            bounds[2 * i] = list.start(i);
            bounds[2 * i + 1] = list.end(i);
        }
        return bounds;
    }

    private static int indexOf(byte[] body, byte[] word, int from) {
        for (int i = from; i <= body.length - word.length; i++) {
            if (matchesAt(body, word, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(byte[] body, byte[] word, int at) {
        for (int k = 0; k < word.length; k++) {
            if (body[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** The list's own resource version: the last one in the answer (its metadata follows the items). */
    private static String resourceVersion(byte[] body) {
        byte[] word = "\"resourceVersion\"".getBytes(StandardCharsets.US_ASCII);
        int key = -1;
        for (int i = body.length - word.length; i >= 0 && key < 0; i--) {
            if (matchesAt(body, word, i)) {
                key = i;
            }
        }
        if (key < 0) {
            return "";
        }
        int colon = key + word.length;
        while (colon < body.length && body[colon] != ':') {
            colon++;
        }
        int open = colon + 1;
        while (open < body.length && body[open] != '"') {
            open++;
        }
        int close = open + 1;
        while (close < body.length && body[close] != '"') {
            close++;
        }
        return close >= body.length ? "" : new String(body, open + 1, close - open - 1, StandardCharsets.UTF_8);
    }
}
