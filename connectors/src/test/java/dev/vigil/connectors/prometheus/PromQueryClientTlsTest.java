package dev.vigil.connectors.prometheus;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Prometheus behind an internal CA: trusted through the configured PEM file, refused without it. */
class PromQueryClientTlsTest {

    @TempDir
    static Path dir;
    private static HttpsServer server;
    private static Path caPem;

    @BeforeAll
    static void startHttpsServer() throws Exception {
        Path keystore = dir.resolve("server.p12");
        caPem = dir.resolve("ca.pem");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "prom", "-keyalg", "EC", "-dname", "CN=prometheus.internal",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-keypass", "changeit");
        run(keytool, "-exportcert", "-rfc", "-alias", "prom", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", caPem.toString());

        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1700000000,\"1\"]}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
    }

    private static URI url() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void configuredCaCertificatesAreTrusted() {
        PromQueryClient client = new PromQueryClient(url(), null, PromClientSettings.DEFAULTS.withCaCertificates(caPem));

        List<Series> answer = PromQueryClient.await(client.instant("1", Instant.now()));

        assertThat(answer.getFirst().lastValue()).isEqualTo(1.0);
    }

    @Test
    void withoutTheCaTheServerIsUnreachableWithTheTlsReason() {
        PromQueryClient client = new PromQueryClient(url(), null, PromClientSettings.DEFAULTS);

        assertThatThrownBy(() -> PromQueryClient.await(client.instant("1", Instant.now())))
                .isInstanceOfSatisfying(PromQueryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PromQueryException.Kind.UNREACHABLE);
                    assertThat(e.getMessage()).containsIgnoringCase("certification path");
                });
    }
}
