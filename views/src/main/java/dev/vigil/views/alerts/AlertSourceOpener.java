package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.AlertSource;
import dev.vigil.environments.Environment;

/**
 * Opens the alert source of an environment (the demo's rules, or its provider); null when the
 * environment has no alerting. Throws {@link IllegalStateException} with a sentence for the window
 * when it is misconfigured (a missing credential).
 */
@FunctionalInterface
public interface AlertSourceOpener {
    AlertSource open(Environment environment);
}
