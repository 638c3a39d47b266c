package dev.vigil.connectors.logs;

import dev.vigil.connectors.demo.DemoLogLine;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes known log lines into a node with a bare opensearch-java client: ECS-shaped documents into an
 * index with keyword fields (as a Fluent Bit / Data Prepper pipeline would), or flat ones into a
 * dynamically mapped index. The bench uses it as the "bare client" to compare with.
 */
public final class LogIndexer implements AutoCloseable {

    private final ApacheHttpClient5Transport transport;
    private final OpenSearchClient client;

    public LogIndexer(URI url) {
        transport = ApacheHttpClient5TransportBuilder.builder(new HttpHost(url.getScheme(), url.getHost(), url.getPort()))
                .setMapper(new JacksonJsonpMapper()).build();
        client = new OpenSearchClient(transport);
    }

    public OpenSearchClient client() {
        return client;
    }

    /** An index with ECS keyword fields, one shard, no replicas. */
    public void createEcsIndex(String name) throws IOException {
        if (client.indices().exists(e -> e.index(name)).value()) {
            client.indices().delete(d -> d.index(name));
        }
        client.indices().create(c -> c.index(name)
                .settings(s -> s.numberOfShards(1).numberOfReplicas(0).refreshInterval(t -> t.time("1s")))
                .mappings(m -> m.properties("@timestamp", p -> p.date(d -> d))
                        .properties("message", p -> p.text(t -> t))
                        .properties("log", p -> p.object(o -> o.properties("level", k -> k.keyword(x -> x))))
                        .properties("service", p -> p.object(o -> o.properties("name", k -> k.keyword(x -> x))))
                        .properties("kubernetes", p -> p.object(o -> o.properties("pod", pod -> pod.object(po -> po.properties("name", k -> k.keyword(x -> x))))
                                .properties("namespace", k -> k.keyword(x -> x))))
                        .properties("trace", p -> p.object(o -> o.properties("id", k -> k.keyword(x -> x))))
                        .properties("client", p -> p.object(o -> o.properties("id", k -> k.keyword(x -> x))))));
    }

    public static Map<String, Object> ecs(DemoLogLine l) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@timestamp", l.at().toString());
        doc.put("message", l.message());
        doc.put("log", Map.of("level", l.level()));
        doc.put("service", Map.of("name", l.service()));
        doc.put("kubernetes", Map.of("pod", Map.of("name", l.pod())));
        doc.put("trace", Map.of("id", l.traceId()));
        doc.put("client", Map.of("id", l.clientId()));
        return doc;
    }

    public static Map<String, Object> flat(DemoLogLine l) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("timestamp", l.at().toString());
        doc.put("msg", l.message());
        doc.put("level", l.level());
        doc.put("app", l.service());
        doc.put("pod", l.pod());
        doc.put("trace_id", l.traceId());
        doc.put("client_id", l.clientId());
        return doc;
    }

    /** Indexes documents in bulks of 5,000; fails on the first rejected document. */
    public void index(String index, List<Map<String, Object>> documents, boolean refresh) throws IOException {
        for (int from = 0; from < documents.size(); from += 5_000) {
            List<Map<String, Object>> slice = documents.subList(from, Math.min(documents.size(), from + 5_000));
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (Map<String, Object> d : slice) {
                bulk.operations(op -> op.index(i -> i.index(index).document(d)));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IOException("bulk failed: " + response.items().stream().filter(i -> i.error() != null)
                        .findFirst().map(i -> i.error().reason()).orElse("?"));
            }
        }
        if (refresh) {
            client.indices().refresh(r -> r.index(index));
        }
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
