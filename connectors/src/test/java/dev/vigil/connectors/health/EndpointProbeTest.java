package dev.vigil.connectors.health;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Probes a real HTTP server on 127.0.0.1 answering with chosen status codes. */
class EndpointProbeTest {

    private HttpServer server;
    private URI base;
    private final EndpointProbe probe = new EndpointProbe(Duration.ofSeconds(2), Clock.systemUTC());

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        answer("/-/healthy", 200);
        answer("/secured", 401);
        answer("/broken", 503);
        answer("/missing", 404);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(String path, int code) {
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void anEndpointAnswering200IsOk() {
        ConnectorHealth h = probe.probe("Metrics", base, "/-/healthy");
        assertThat(h.state()).isEqualTo(HealthState.OK);
        assertThat(h.checkedAt()).isNotNull();
    }

    @Test
    void unauthorizedIsDegradedAndPointsAtTheCredential() {
        ConnectorHealth h = probe.probe("Metrics", base, "/secured");
        assertThat(h.state()).isEqualTo(HealthState.DEGRADED);
        assertThat(h.detail()).contains("401").contains("credential");
    }

    @Test
    void aServerErrorIsDown() {
        assertThat(probe.probe("Logs", base, "/broken").state()).isEqualTo(HealthState.DOWN);
    }

    @Test
    void notFoundIsDegradedNotDown() {
        assertThat(probe.probe("Logs", base, "/missing").state()).isEqualTo(HealthState.DEGRADED);
    }

    @Test
    void aClosedPortIsDownWithAReadableReason() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ConnectorHealth h = probe.probe("Metrics", URI.create("http://127.0.0.1:" + port), "/-/healthy");
        assertThat(h.state()).isEqualTo(HealthState.DOWN);
        assertThat(h.detail()).contains("127.0.0.1:" + port);
    }
}
