package dev.vigil.views.shell;

import dev.vigil.connectors.health.ConnectorHealth;
import dev.vigil.environments.Environment;

import java.util.List;
import java.util.function.Consumer;

/**
 * Starts watching the connectors of an environment; the listener may be called from any thread.
 * Closing the returned handle stops the watch (on environment switch and at exit).
 */
@FunctionalInterface
public interface HealthWatcher {
    AutoCloseable watch(Environment environment, Consumer<List<ConnectorHealth>> listener);
}
