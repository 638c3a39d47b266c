package dev.vigil.connectors.logs;

import dev.vigil.connectors.credentials.Credential;
import dev.vigil.connectors.credentials.TrustedCertificates;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One OpenSearch endpoint's client: opensearch-java over Apache HttpClient 5, the credential sent on every
 * request, an optional CA file to trust, and the timeout applied to connecting, waiting for a pooled
 * connection and waiting for the answer.
 */
final class OpenSearchConnection implements AutoCloseable {

    private final OpenSearchClient client;
    private final ApacheHttpClient5Transport transport;
    private final URI url;
    private final Duration timeout;

    OpenSearchConnection(URI url, Credential credential, Duration timeout, Path caCertificates) {
        this.url = url;
        this.timeout = timeout;
        int port = url.getPort() > 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        HttpHost host = new HttpHost(url.getScheme(), url.getHost(), port);
        SSLContext ssl = caCertificates == null ? null : TrustedCertificates.sslContext(caCertificates);
        Timeout t = Timeout.ofMilliseconds(timeout.toMillis());
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper())
                .setRequestConfigCallback(r -> r.setConnectionRequestTimeout(t).setResponseTimeout(t))
                .setHttpClientConfigCallback(http -> {
                    PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                            .setMaxConnTotal(16).setMaxConnPerRoute(16)
                            .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build());
                    if (ssl != null) {
                        pool.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(ssl).buildAsync());
                    }
                    return http.setConnectionManager(pool.build());
                });
        String prefix = url.getPath();
        if (prefix != null && !prefix.isBlank() && !prefix.equals("/")) {
            builder.setPathPrefix(prefix);
        }
        if (credential != null) {
            builder.setDefaultHeaders(new Header[]{new BasicHeader("Authorization", credential.authorizationHeader())});
        }
        this.transport = builder.build();
        this.client = new OpenSearchClient(transport);
    }

    OpenSearchClient client() {
        return client;
    }

    URI url() {
        return url;
    }

    Duration timeout() {
        return timeout;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // closing a pool of idle connections: nothing to tell anyone
        }
    }
}
