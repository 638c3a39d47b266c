package dev.vigil.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The baseline the tiles are measured against: a bare {@code java.net.http} client that sends a round of
 * PromQL range queries all at once (no limiter, no JSON parsing, HTTP/1.1 like Vigil's client) and times
 * start → last answer. It runs in the bench's process, so it keeps its threads to itself and reports
 * their CPU time, which the bench takes off the process' figure.
 */
final class BareClient implements AutoCloseable {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final URI url;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final ExecutorService pool;
    private final HttpClient http;

    BareClient(URI url) {
        this.url = url;
        ThreadFactory tracked = r -> {
            Thread t = new Thread(r, "bare-client");
            t.setDaemon(true);
            threads.add(t);
            return t;
        };
        pool = Executors.newCachedThreadPool(tracked);
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool).build();
        // The client's selector thread (it reads every response) starts with the client: find it by name.
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(t) && t.getName().contains("SelectorManager")) {
                threads.add(t);
            }
        }
    }

    /** A thread factory whose threads count as this client's (for the timer that starts its rounds). */
    ThreadFactory trackedThreads(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            threads.add(t);
            return t;
        };
    }

    /** Sends every query as a range query over {@code history} at {@code step}, all at once; ms until the last answer. */
    double round(List<String> queries, Duration history, Duration step) throws Exception {
        Instant now = Instant.now();
        String range = String.format(Locale.ROOT, "&start=%.3f&end=%.3f&step=%.3f", now.minus(history).toEpochMilli() / 1000.0,
                now.toEpochMilli() / 1000.0, step.toMillis() / 1000.0);
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (String q : queries) {
            String body = "query=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + range;
            calls.add(http.sendAsync(HttpRequest.newBuilder(url.resolve("/api/v1/query_range"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        double millis = (System.nanoTime() - start) / 1e6;
        for (CompletableFuture<HttpResponse<String>> c : calls) {
            if (c.get().statusCode() != 200) {
                throw new IllegalStateException("HTTP " + c.get().statusCode() + ": " + c.get().body());
            }
        }
        return millis;
    }

    /** CPU time of this client's threads so far (threads that ended are not counted: the pool keeps them a minute). */
    long cpuNanos() {
        long sum = 0;
        for (Thread t : threads) {
            long n = THREADS.getThreadCpuTime(t.threadId());
            if (n > 0) {
                sum += n;
            }
        }
        return sum;
    }

    @Override
    public void close() {
        http.shutdownNow();
        pool.shutdownNow();
    }
}
