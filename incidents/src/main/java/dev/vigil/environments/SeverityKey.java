package dev.vigil.environments;

import dev.vigil.incidents.Severity;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads a severity written as a YAML key or item ("SEV1", "sev2", "3"), reporting anything else at its line. */
final class SeverityKey {

    private SeverityKey() {
    }

    static Severity read(Node node, ProblemList problems) {
        if (!(node instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
            problems.at(node, "a severity must be one of SEV1, SEV2, SEV3, SEV4");
            return null;
        }
        try {
            return Severity.parse(s.getValue());
        } catch (IllegalArgumentException e) {
            problems.at(node, e.getMessage());
            return null;
        }
    }
}
