package dev.vigil.opensearchnode;

import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * One real OpenSearch node on 127.0.0.1, in a JVM of its own: {@code java -jar vigil-opensearch-node.jar HOME PORT}.
 * The data lives under HOME, so a restart on the same HOME and PORT serves the same indices again,
 * as a production restart would. It stops when its parent closes its standard input (or on SIGTERM):
 * a test run that dies never leaves a node behind.
 */
public final class LocalOpenSearchMain {

    private LocalOpenSearchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LocalOpenSearchMain HOME HTTP_PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("cluster.name", "vigil-test")
                .put("node.name", "vigil-test-node")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args[1])
                .put("transport.port", "0")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // Tests and the bench create indices with one shard and no replicas: keep the node green.
                .put("cluster.default_number_of_replicas", 0)
                .build();
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName("vigil-test-node");
        LogConfigurator.configureWithoutConfig(settings);
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "vigil-test-node");
        PluginInfo netty = new PluginInfo(Netty4ModulePlugin.class.getName(), "netty4 transport", "3.8.0",
                org.opensearch.Version.CURRENT, "21", Netty4ModulePlugin.class.getName(), null, List.of(), false);
        Node node = new TestNode(environment, List.of(netty));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node, stopped), "node-shutdown"));
        node.start();
        System.out.println("vigil-opensearch-node started on 127.0.0.1:" + args[1]);
        System.out.flush();
        // The parent holds our stdin open for as long as it wants the node.
        while (System.in.read() >= 0) {
            // ignore anything written
        }
        close(node, stopped);
        System.exit(0);
    }

    private static void close(Node node, CountDownLatch stopped) {
        synchronized (LocalOpenSearchMain.class) {
            if (stopped.getCount() == 0) {
                return;
            }
            try {
                node.close();
            } catch (IOException e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }
    }

    /** Node's constructor that takes class-path plugins is protected: it is how OpenSearch's own tests embed a node. */
    private static final class TestNode extends Node {
        TestNode(Environment environment, List<PluginInfo> plugins) {
            super(environment, plugins, true);
        }
    }
}
