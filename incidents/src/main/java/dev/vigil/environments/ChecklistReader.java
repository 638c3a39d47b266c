package dev.vigil.environments;

import dev.vigil.incidents.Severity;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code checklists}: per severity, the steps a commander ticks off ("page the database on-call",
 * "post in the status channel"). A bad severity or item is reported and left out; the rest is kept.
 */
final class ChecklistReader {

    private final ProblemList problems;

    ChecklistReader(ProblemList problems) {
        this.problems = problems;
    }

    Map<Severity, List<String>> read(Node value) {
        Map<Severity, List<String>> lists = new EnumMap<>(Severity.class);
        if (value == null) {
            return lists;
        }
        if (!(value instanceof MappingNode node)) {
            problems.at(value, "checklists must be a mapping such as {SEV1: [\"page the database on-call\", ...]}");
            return lists;
        }
        for (NodeTuple t : node.getValue()) {
            Severity severity = severity(t.getKeyNode());
            if (severity == null) {
                continue;
            }
            if (lists.containsKey(severity)) {
                problems.at(t.getKeyNode(), "the checklist for " + severity + " is given twice");
                continue;
            }
            if (!(t.getValueNode() instanceof SequenceNode items)) {
                problems.at(t.getValueNode(), "the checklist for " + severity + " must be a list of steps");
                continue;
            }
            List<String> steps = new ArrayList<>();
            for (Node item : items.getValue()) {
                if (item instanceof ScalarNode s && s.getTag().equals(Tag.STR) && !s.getValue().isBlank()) {
                    steps.add(s.getValue().strip());
                } else {
                    problems.at(item, "a checklist step must be a line of text");
                }
            }
            lists.put(severity, steps);
        }
        return lists;
    }

    private Severity severity(Node node) {
        return SeverityKey.read(node, problems);
    }
}
