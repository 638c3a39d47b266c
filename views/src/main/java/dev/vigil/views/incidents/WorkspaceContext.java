package dev.vigil.views.incidents;

import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.incidents.Evidence;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the incident screens need besides the store: who is at the keyboard, the clock, the current
 * environments file (checklists, response targets, catalogue), where postmortems are written, how
 * to open the source of a piece of evidence, and the tags a new incident is declared with (a running
 * drill's).
 */
public record WorkspaceContext(String user, Clock clock, Supplier<EnvironmentsConfig> config,
                               Supplier<String> currentEnvironment, Path postmortemDir,
                               Consumer<Evidence> openEvidence, Supplier<List<String>> declareTags) {

    public WorkspaceContext {
        declareTags = declareTags == null ? List::of : declareTags;
    }

    /** A context whose declarations carry no tags. */
    public WorkspaceContext(String user, Clock clock, Supplier<EnvironmentsConfig> config, Supplier<String> currentEnvironment,
                            Path postmortemDir, Consumer<Evidence> openEvidence) {
        this(user, clock, config, currentEnvironment, postmortemDir, openEvidence, List::of);
    }
}
