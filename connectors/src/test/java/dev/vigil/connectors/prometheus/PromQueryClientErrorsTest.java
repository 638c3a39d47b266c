package dev.vigil.connectors.prometheus;

import dev.vigil.connectors.credentials.Credential;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers a real Prometheus does not give on demand (5xx from a proxy, execution errors, a hung
 * server) from a small local HTTP server, and what the client sends (auth, form body).
 */
class PromQueryClientErrorsTest {

    private HttpServer server;
    private volatile int status = 200;
    private volatile String body = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}";
    private volatile long delayMillis;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            int now = concurrent.incrementAndGet();
            maxConcurrent.accumulateAndGet(now, Math::max);
            try {
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                concurrent.decrementAndGet();
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private PromQueryClient client(Credential credential, PromClientSettings settings) {
        return new PromQueryClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/prom"), credential, settings);
    }

    private PromQueryException failure(PromQueryClient client) {
        try {
            PromQueryClient.await(client.instant("up", Instant.now()));
        } catch (PromQueryException e) {
            return e;
        }
        throw new AssertionError("the query succeeded");
    }

    @Test
    void executionErrorKeepsTheServersMessage() {
        status = 422;
        body = "{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"query processing would load too many samples\"}";

        PromQueryException e = failure(client(null, PromClientSettings.DEFAULTS));

        assertThat(e.kind()).isEqualTo(PromQueryException.Kind.EXECUTION);
        assertThat(e.getMessage()).isEqualTo("query processing would load too many samples");
    }

    @Test
    void proxyFiveHundredWithHtmlBecomesServerErrorWithTheStatus() {
        status = 502;
        body = "<html>Bad Gateway</html>";

        PromQueryException e = failure(client(null, PromClientSettings.DEFAULTS));

        assertThat(e.kind()).isEqualTo(PromQueryException.Kind.SERVER);
        assertThat(e.getMessage()).startsWith("HTTP 502").contains("Bad Gateway");
    }

    @Test
    void unauthorisedSaysToCheckTheCredential() {
        status = 401;
        body = "Unauthorized";

        PromQueryException e = failure(client(null, PromClientSettings.DEFAULTS));

        assertThat(e.kind()).isEqualTo(PromQueryException.Kind.UNAUTHORIZED);
        assertThat(e.getMessage()).contains("credential");
    }

    @Test
    void serverThatDoesNotAnswerInTimeFailsAsTimeout() {
        delayMillis = 2_000;

        PromQueryException e = failure(client(null, new PromClientSettings(Duration.ofMillis(300), 2, null)));

        assertThat(e.kind()).isEqualTo(PromQueryException.Kind.TIMEOUT);
    }

    @Test
    void prometheusTimeoutErrorTypeIsATimeout() {
        status = 503;
        body = "{\"status\":\"error\",\"errorType\":\"timeout\",\"error\":\"query timed out in expression evaluation\"}";

        assertThat(failure(client(null, PromClientSettings.DEFAULTS)).kind()).isEqualTo(PromQueryException.Kind.TIMEOUT);
    }

    @Test
    void answersAreParsedOnTheClientsOwnThreadsInParallelNotOneByOneOnTheCommonPool() throws Exception {
        delayMillis = 50; // all six in flight together
        List<String> parsedOn = new CopyOnWriteArrayList<>();
        PromQueryClient client = new PromQueryClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/prom"), null,
                PromClientSettings.DEFAULTS, (endpoint, nanos, failure) -> parsedOn.add(Thread.currentThread().getName()));
        List<CompletableFuture<List<Series>>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(client.instant("up", Instant.now()));
        }
        answers.forEach(PromQueryClient::await);
        client.close();

        // The JDK client would run what follows a response on the common pool (one thread on two cores).
        assertThat(parsedOn).hasSize(6).allMatch(name -> name.equals("vigil-prometheus"));
    }

    @Test
    void aRequestThatFailsAfterTheClientClosedStillCompletes() {
        delayMillis = 2_000;
        PromQueryClient client = client(null, PromClientSettings.DEFAULTS);
        var answer = client.instant("up", Instant.now());
        client.close();

        assertThat(answer).failsWithin(Duration.ofSeconds(5));
    }

    @Test
    void bearerAndBasicCredentialsGoInTheAuthorizationHeader() {
        PromQueryClient.await(client(new Credential.Bearer("t0ken"), PromClientSettings.DEFAULTS).instant("up", Instant.now()));
        PromQueryClient.await(client(new Credential.Basic("ops", "pw"), PromClientSettings.DEFAULTS).instant("up", Instant.now()));

        assertThat(authorizations).containsExactly("Bearer t0ken", "Basic b3BzOnB3");
    }

    @Test
    void queryIsSentAsAFormBodyUnderTheBasePath() {
        PromQueryClient.await(client(null, PromClientSettings.DEFAULTS).instant("sum(rate(x{a=\"b\"}[1m]))", Instant.ofEpochSecond(1700000000)));

        assertThat(bodies.getFirst()).startsWith("query=sum%28rate%28x%7Ba%3D%22b%22%7D%5B1m%5D%29%29&time=1700000000.000");
    }

    @Test
    void noMoreRequestsInFlightThanConfigured() {
        delayMillis = 100;
        PromQueryClient limited = client(null, new PromClientSettings(Duration.ofSeconds(5), 3, null));

        var futures = java.util.stream.IntStream.range(0, 12).mapToObj(i -> limited.instant("up", Instant.now())).toList();
        futures.forEach(PromQueryClient::await);

        assertThat(maxConcurrent.get()).isEqualTo(3);
    }
}
