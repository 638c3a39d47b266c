package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following a log against an API server that ends the stream after what it has (as a restarted
 * container, an idle-stream timeout or the CRUD mock do): the follow goes on from the last line, with
 * nothing delivered twice, and ends once the pod is gone.
 */
class LogFollowTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);

    /** The pod's log so far, each line "timestamp text"; appended to by the test. */
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final AtomicInteger opens = new AtomicInteger();
    private volatile boolean podGone;

    private KubernetesMockServer server;
    private KubernetesClient client;

    @BeforeEach
    void start() {
        KubernetesMixedDispatcher crud = new KubernetesMixedDispatcher(new HashMap<>());
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new LogServer(crud), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = server.createClient();
        client.pods().inNamespace("payments").resource(new io.fabric8.kubernetes.api.model.PodBuilder()
                .withNewMetadata().withName("payments-0").withNamespace("payments").endMetadata().build()).create();
    }

    @AfterEach
    void stop() {
        client.close();
        server.destroy();
    }

    @Test
    void aClosedStreamResumesFromTheLastLineWithoutRepeats() throws Exception {
        log.add(T0 + " GET /pay 200");
        log.add(T0.plusMillis(500) + " GET /pay 200 slow");
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        KubeRequests requests = new KubeRequests(client, "mock", null);

        try (AutoCloseable follow = requests.followLogs(new LogRequest("payments", "payments-0", null, false, 100, 0, false),
                seen::add, ended::complete)) {
            await(() -> seen.size() == 2);
            assertThat(seen).containsExactly("GET /pay 200", "GET /pay 200 slow");
            assertThat(queries.getFirst()).contains("follow=true").contains("timestamps=true").contains("tailLines=100");

            // Two lines in the same instant as the last one seen (one of them already delivered), one later.
            log.add(T0.plusMillis(500) + " POST /refund 202");
            log.add(T0.plusMillis(2500) + " GET /pay 500");
            await(() -> seen.size() == 4);
            int opened = opens.get();
            await(() -> opens.get() >= opened + 2);
            assertThat(seen).containsExactly("GET /pay 200", "GET /pay 200 slow", "POST /refund 202", "GET /pay 500");
            assertThat(queries.getLast()).contains("sinceTime=" + T0.plusSeconds(2)).doesNotContain("tailLines");

            podGone = true;
            client.pods().inNamespace("payments").withName("payments-0").delete();
            Throwable why = ended.get(20, TimeUnit.SECONDS);
            assertThat(why).hasMessageContaining("payments/payments-0 no longer exists");
            assertThat(seen).hasSize(4);
        }
    }

    @Test
    void closingStopsTheFollow() throws Exception {
        log.add(T0 + " one");
        List<String> seen = new CopyOnWriteArrayList<>();
        List<Throwable> endings = new ArrayList<>();
        AutoCloseable follow = new KubeRequests(client, "mock", null).followLogs(
                new LogRequest("payments", "payments-0", null, false, 0, 0, true), seen::add, endings::add);
        await(() -> seen.size() == 1);
        assertThat(seen).containsExactly(T0 + " one");
        follow.close();
        int opened = opens.get();
        Thread.sleep(2_500);
        assertThat(opens.get()).isLessThanOrEqualTo(opened + 1);
        assertThat(endings).isEmpty();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s");
            }
            Thread.sleep(20);
        }
    }

    /** Answers log requests from {@link #log} by sinceTime and tailLines, then closes; the rest is CRUD. */
    private final class LogServer extends Dispatcher {
        private final Dispatcher crud;

        LogServer(Dispatcher crud) {
            this.crud = crud;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath();
            if (!path.startsWith("/api/v1/namespaces/payments/pods/payments-0/log")) {
                return crud.dispatch(request);
            }
            queries.add(URLDecoder.decode(path, StandardCharsets.UTF_8));
            opens.incrementAndGet();
            if (podGone) {
                return new MockResponse().setResponseCode(404)
                        .setBody("{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"pods \\\"payments-0\\\" not found\",\"code\":404}");
            }
            Map<String, String> q = new HashMap<>();
            int at = path.indexOf('?');
            for (String pair : at < 0 ? new String[0] : path.substring(at + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            Instant since = q.containsKey("sinceTime") ? Instant.parse(q.get("sinceTime")) : Instant.MIN;
            List<String> out = log.stream().filter(l -> !Instant.parse(l.substring(0, l.indexOf(' '))).isBefore(since)).toList();
            if (q.containsKey("tailLines")) {
                int n = Integer.parseInt(q.get("tailLines"));
                out = out.subList(Math.max(0, out.size() - n), out.size());
            }
            return new MockResponse().setResponseCode(200).setBody(out.isEmpty() ? "" : String.join("\n", out) + "\n");
        }

        @Override
        public void shutdown() {
            crud.shutdown();
        }
    }
}
