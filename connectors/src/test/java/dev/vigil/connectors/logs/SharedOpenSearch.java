package dev.vigil.connectors.logs;

import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DemoLogLine;
import dev.vigil.connectors.demo.DemoLogs;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One real OpenSearch node for every test class of a run (starting one costs ~6 s), holding the demo
 * fleet's lines of three minutes (over 10,000 of them, so paging must go past from/size) in an ECS index
 * and a flat, dynamically mapped one. Tests take it as a {@link SharedOpenSearch.Node} parameter.
 */
public final class SharedOpenSearch implements ParameterResolver {

    public static final Instant START = Instant.parse("2026-11-22T14:00:00Z");
    public static final Instant END = START.plus(Duration.ofMinutes(3));
    public static final String ECS_INDEX = "logs-demo-ecs";
    public static final String FLAT_INDEX = "flat-demo";

    /** The running node and the lines it holds, oldest first. */
    public record Node(LocalOpenSearch server, List<DemoLogLine> lines) {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Node.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return get(context);
    }

    public static Node get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedOpenSearch.class, k -> start(), Holder.class).node();
    }

    private record Holder(Node node) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Throwable {
            node.server().close();
        }
    }

    /** The demo lines of the fixed window (deterministic: the same on every machine). */
    public static List<DemoLogLine> lines() {
        return new DemoLogs(new DemoFleet(DemoFleet.DEFAULT_SEED, START)).between(START, END, Duration.ofMillis(70));
    }

    private static Holder start() {
        try {
            LocalOpenSearch server = LocalOpenSearch.start("384m");
            List<DemoLogLine> lines = lines();
            try (LogIndexer indexer = new LogIndexer(server.url())) {
                indexer.createEcsIndex(ECS_INDEX);
                indexer.index(ECS_INDEX, lines.stream().map(LogIndexer::ecs).toList(), true);
                indexer.index(FLAT_INDEX, lines.subList(0, 500).stream().map(LogIndexer::flat).toList(), true);
            }
            return new Holder(new Node(server, lines));
        } catch (Exception e) {
            throw new IllegalStateException("could not start the test OpenSearch node: " + e.getMessage(), e);
        }
    }
}
