package dev.vigil.connectors.prometheus;

import com.sun.net.httpserver.HttpServer;
import dev.vigil.environments.ServiceSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shared query that Prometheus refuses to evaluate (here: too many samples, which a query across a
 * whole fleet can hit while each service's own query does not) is asked again tile by tile. A local
 * HTTP server plays Prometheus, since a real one cannot be made to fail only the shared query on demand.
 */
class SharedQueryFallbackTest {

    private HttpServer server;
    private final List<String> queries = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String query = form.get("query");
            queries.add(query);
            String body;
            int status = 200;
            if (query.contains("service=~")) {
                status = 422;
                body = "{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"query processing would load too many samples into memory\"}";
            } else {
                String value = query.contains("service=\"svc-a\"") ? "42" : "7";
                body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},\"values\":[["
                        + form.get("end") + ",\"" + value + "\"]]}]}}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void sharedQueryRefusedByPrometheusIsAskedAgainTileByTile() {
        PrometheusMetricsSource source = new PrometheusMetricsSource(new PromQueryClient(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), null, PromClientSettings.DEFAULTS));
        Map<String, String> metrics = Map.of("convention", "plain", "statusLabel", "status", "tiles", "requests_per_minute");
        List<TileSpec> tiles = new ArrayList<>();
        for (String name : List.of("svc-a", "svc-b")) {
            tiles.addAll(PromQueryClient.await(source.tiles(new ServiceSpec(name, "shop", Map.of(), metrics, null)))
                    .stream().filter(TileSpec::compact).toList());
        }
        Instant now = Instant.now();

        Map<String, TileReading> readings = new java.util.LinkedHashMap<>();
        source.readAll(tiles, now, Duration.ofMinutes(5), Duration.ofSeconds(5)).forEach((id, f) -> readings.put(id, PromQueryClient.await(f)));

        assertThat(readings.get("svc-a/requests_per_minute").value()).isEqualTo(42);
        assertThat(readings.get("svc-b/requests_per_minute").value()).isEqualTo(7);
        assertThat(queries).hasSize(3);
        assertThat(queries.getFirst()).contains("service=~\"svc-a|svc-b\"").contains("sum by (service)");
    }
}
