package dev.vigil.environments;

import dev.vigil.incidents.Severity;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the composed YAML of an environments file into a config, reporting what is wrong. A problem
 * inside one environment leaves that environment out and keeps the others; a problem in a top-level
 * section gives that section's default, so the console can always open.
 */
final class EnvironmentsReader {
    static final List<String> KEYS = List.of("default", "store", "reliability", "checklists", "environments");

    private final ProblemList problems;

    EnvironmentsReader(ProblemList problems) {
        this.problems = problems;
    }

    EnvironmentsConfig read(Node root) {
        if (root == null) {
            return EnvironmentsConfig.EMPTY; // an empty file
        }
        if (!(root instanceof MappingNode node)) {
            problems.at(root, "the file must be a mapping with the keys " + String.join(", ", KEYS));
            return EnvironmentsConfig.EMPTY;
        }
        YamlMapping top = new YamlMapping(node, "the file", KEYS, problems);
        String store = store(top);
        ReliabilitySettings reliability = new ReliabilityReader(problems).read(top.value("reliability"));
        Set<String> skipped = new TreeSet<>();
        List<Environment> environments = environments(top.value("environments"), skipped);
        String defaultEnvironment = defaultEnvironment(top, environments, skipped);
        Map<Severity, List<String>> checklists = new ChecklistReader(problems).read(top.value("checklists"));
        return new EnvironmentsConfig(environments, defaultEnvironment, store, reliability, checklists);
    }

    private String store(YamlMapping top) {
        String store = top.string("store");
        if (store == null) {
            return null;
        }
        Optional<String> problem = EnvironmentValidator.storeUrlProblem(store);
        problem.ifPresent(m -> problems.at(top.value("store"), m));
        return problem.isPresent() ? null : store;
    }

    private List<Environment> environments(Node value, Set<String> skipped) {
        List<Environment> environments = new ArrayList<>();
        if (value == null) {
            return environments;
        }
        if (!(value instanceof SequenceNode list)) {
            problems.at(value, "environments must be a list (each item starting with '- name: ...')");
            return environments;
        }
        EnvironmentReader reader = new EnvironmentReader(problems);
        Map<String, Node> firstByName = new LinkedHashMap<>();
        for (Node item : list.getValue()) {
            ScalarNode nameNode = nameNode(item);
            String name = nameNode == null ? null : nameNode.getValue();
            Node first = name == null ? null : firstByName.get(name);
            if (first != null) {
                problems.at(nameNode, "environment name '" + name + "' is used twice (first on line "
                        + (first.getStartMark().getLine() + 1) + "); this one is left out");
                continue;
            }
            if (name != null) {
                firstByName.put(name, nameNode);
            }
            Optional<Environment> environment = reader.read(item);
            environment.ifPresent(environments::add);
            if (environment.isEmpty() && name != null) {
                skipped.add(name);
            }
        }
        return environments;
    }

    private String defaultEnvironment(YamlMapping top, List<Environment> environments, Set<String> skipped) {
        String name = top.string("default");
        if (name == null || name.equals(Environment.DEMO_NAME)
                || environments.stream().anyMatch(e -> e.name().equals(name))) {
            return name;
        }
        List<String> known = environments.stream().map(Environment::name).toList();
        String message;
        if (skipped.contains(name)) {
            message = "default names environment '" + name + "', which is left out because of its problems";
        } else {
            message = "default names environment '" + name + "' but no environment has that name"
                    + ClosestWord.to(name, known).map(k -> "; did you mean '" + k + "'?").orElse("")
                    + (known.isEmpty() ? "" : " (environments: " + String.join(", ", known) + ")");
        }
        problems.at(top.value("default"), message);
        return null;
    }

    /** The name an environment item claims, read before the item itself, to find duplicates. */
    private static ScalarNode nameNode(Node item) {
        if (item instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("name")
                        && t.getValueNode() instanceof ScalarNode v && !v.getValue().isBlank()) {
                    return v;
                }
            }
        }
        return null;
    }
}
