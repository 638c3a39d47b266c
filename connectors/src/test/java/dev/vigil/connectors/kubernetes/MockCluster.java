package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;

/**
 * Fabric8's mock API server in CRUD mode on 127.0.0.1, plus expectations for what CRUD cannot
 * answer (pod logs, access reviews). Can be stopped and started again on the same port with the
 * same stored objects, to test reconnects. Shared with the views tests and the bench.
 */
public final class MockCluster implements AutoCloseable {

    private final Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    private final KubernetesMixedDispatcher dispatcher = new KubernetesMixedDispatcher(responses);
    private KubernetesMockServer server;
    private int port;

    public MockCluster() {
        server = newServer();
        server.init(InetAddress.getLoopbackAddress(), 0);
        port = server.getPort();
    }

    private KubernetesMockServer newServer() {
        return new KubernetesMockServer(new Context(), new MockWebServer(), responses, dispatcher, false);
    }

    public KubernetesMockServer server() {
        return server;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A client for seeding and changing objects (the code under test builds its own from a kubeconfig). */
    public NamespacedKubernetesClient client() {
        return server.createClient();
    }

    public void stop() {
        server.destroy();
    }

    /** Starts again on the same port; stored objects survive because the dispatcher does. */
    public void restart() {
        server = newServer();
        server.init(InetAddress.getLoopbackAddress(), port);
    }

    /**
     * Answers the log requests the console makes for a pod (with and without the container, for
     * each tail length it offers) with this text. The mock matches whole paths, query included.
     */
    public void expectLogs(String namespace, String pod, String container, String text) {
        for (String c : new String[]{"", "&container=" + container}) {
            expectLog(namespace, pod, c, text);
            for (int tail : new int[]{100, 200, 500, 2000, 10000}) {
                expectLog(namespace, pod, c + "&tailLines=" + tail, text);
            }
        }
    }

    public void expectLog(String namespace, String pod, String query, String text) {
        server.expect().get().withPath("/api/v1/namespaces/" + namespace + "/pods/" + pod + "/log?pretty=false" + query)
                .andReturn(200, text).always();
    }

    /** Answers every SelfSubjectAccessReview with {@code allowed} and a reason. */
    public void expectAccess(boolean allowed, String reason) {
        String body = "{\"apiVersion\":\"authorization.k8s.io/v1\",\"kind\":\"SelfSubjectAccessReview\",\"spec\":{},"
                + "\"status\":{\"allowed\":" + allowed + ",\"reason\":\"" + reason + "\"}}";
        server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews")
                .andReturn(201, body).always();
    }

    /** Writes a kubeconfig with one context pointing at this server. */
    public Path writeKubeconfig(Path file, String context, String namespace) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, kubeconfig(context, url(), namespace));
        return file;
    }

    public static String kubeconfig(String context, String server, String namespace) {
        return """
                apiVersion: v1
                kind: Config
                current-context: %1$s
                clusters:
                - name: %1$s-cluster
                  cluster:
                    server: %2$s
                contexts:
                - name: %1$s
                  context:
                    cluster: %1$s-cluster
                    user: %1$s-user
                    namespace: %3$s
                users:
                - name: %1$s-user
                  user:
                    token: test-token
                """.formatted(context, server, namespace);
    }

    @Override
    public void close() {
        server.destroy();
    }
}
