package dev.vigil.sandbox;

import dev.vigil.connectors.demo.DemoFleet;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One sandbox for every test class of a run (its servers take ~40 s to start on two cores), scraped
 * every second. Tests take it as a {@link Running} parameter; a test that starts a drill ends it.
 */
public final class SharedSandbox implements ParameterResolver {

    /** The sandbox and when it started (a rate needs its window of samples before it reads true). */
    public record Running(Sandbox sandbox, Instant started) {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedSandbox.class, k -> start(), Holder.class).running();
    }

    private record Holder(Running running) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            running.sandbox().close();
        }
    }

    private static Holder start() {
        try {
            Clock clock = Clock.systemUTC();
            Instant started = clock.instant();
            Sandbox sandbox = new Sandbox(new DemoFleet(DemoFleet.DEFAULT_SEED, started), clock,
                    new Sandbox.Settings(Files.createTempDirectory("vigil-sandbox-test"), Duration.ofSeconds(1), true)).start();
            return new Holder(new Running(sandbox, started));
        } catch (Exception e) {
            throw new IllegalStateException("the sandbox did not start: " + e.getMessage(), e);
        }
    }
}
