package dev.vigil.sandbox;

import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DemoService;
import dev.vigil.environments.EnvironmentsFile;
import dev.vigil.environments.LoadResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The environments-file entry for the sandbox: its servers, its kube context and the fleet's services. */
final class SandboxEnvironment {

    static final String NAME = "sandbox";
    /** Rates over half a minute: a fresh sandbox shows true figures after 30 s, not after the default minute. */
    static final String RATE_WINDOW = "30s";

    private SandboxEnvironment() {
    }

    static String yaml(DemoFleet fleet, Map<String, Sandbox.Part> parts) {
        StringBuilder b = new StringBuilder();
        b.append("# Written by ./vigil sandbox: the demo fleet behind real servers on this machine.\n")
                .append("default: ").append(NAME).append('\n')
                .append("environments:\n")
                .append("  - name: ").append(NAME).append('\n')
                .append("    tier: sandbox\n")
                .append("    kubeContext: ").append(Sandbox.CONTEXT).append('\n');
        url(parts, "prometheus").ifPresent(u -> b.append("    prometheus: ").append(u).append('\n'));
        url(parts, "logs").ifPresent(u -> b.append("    logs: {url: ").append(u).append(", indexPattern: \"")
                .append(LogShipper.INDEX).append("*\"}\n"));
        url(parts, "alerting").ifPresent(u -> b.append("    alerting: {provider: alertmanager, url: ").append(u).append("}\n"));
        b.append("    services:\n");
        for (DemoService s : fleet.services()) {
            b.append("      - {name: ").append(s.name()).append(", namespace: ").append(s.namespace())
                    .append(", labels: {app: ").append(s.name()).append("}, metrics: {window: ").append(RATE_WINDOW).append("}}\n");
        }
        return b.toString();
    }

    private static java.util.Optional<String> url(Map<String, Sandbox.Part> parts, String role) {
        Sandbox.Part p = parts.get(role);
        return p == null ? java.util.Optional.empty() : p.url().map(Object::toString);
    }

    /** Writes the file and reads it back: the sandbox never hands out a file the console would complain about. */
    static Path write(Path file, DemoFleet fleet, Map<String, Sandbox.Part> parts) throws IOException {
        Files.writeString(file, yaml(fleet, parts));
        LoadResult loaded = EnvironmentsFile.load(file);
        if (!loaded.problems().isEmpty()) {
            throw new IllegalStateException("the sandbox wrote an environments file with problems: " + loaded.problems());
        }
        return file;
    }
}
