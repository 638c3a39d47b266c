package dev.vigil.environments;

import dev.vigil.incidents.Severity;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code reliability}. Any problem in it gives the spec's defaults for the whole section: figures
 * measured against half a policy would be misleading.
 */
final class ReliabilityReader {
    static final List<String> KEYS = List.of("outageSeverities", "availabilityTarget", "responseTargets");
    static final List<String> TARGET_KEYS = List.of("acknowledge", "resolve");

    private final ProblemList problems;

    ReliabilityReader(ProblemList problems) {
        this.problems = problems;
    }

    ReliabilitySettings read(Node value) {
        if (value == null) {
            return ReliabilitySettings.DEFAULTS;
        }
        if (!(value instanceof MappingNode node)) {
            problems.at(value, "reliability must be a mapping with the keys " + String.join(", ", KEYS));
            return ReliabilitySettings.DEFAULTS;
        }
        int before = problems.count();
        YamlMapping reliability = new YamlMapping(node, "reliability", KEYS, problems);
        Set<Severity> outages = outageSeverities(reliability.value("outageSeverities"));
        Double target = reliability.number("availabilityTarget");
        if (target != null) {
            EnvironmentValidator.availabilityTargetProblem(target)
                    .ifPresent(m -> problems.at(reliability.value("availabilityTarget"), m));
        }
        Map<Severity, ResponseTarget> responseTargets = responseTargets(reliability.value("responseTargets"));
        if (problems.count() > before) {
            return ReliabilitySettings.DEFAULTS;
        }
        return new ReliabilitySettings(outages, responseTargets,
                target == null ? ReliabilitySettings.DEFAULTS.defaultAvailabilityTarget() : target);
    }

    private Set<Severity> outageSeverities(Node value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof SequenceNode list)) {
            problems.at(value, "outageSeverities must be a list such as [SEV1, SEV2]");
            return null;
        }
        if (list.getValue().isEmpty()) {
            problems.at(value, "outageSeverities must name at least one severity");
            return null;
        }
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        for (Node item : list.getValue()) {
            Severity s = severity(item);
            if (s != null) {
                severities.add(s);
            }
        }
        return severities;
    }

    private Map<Severity, ResponseTarget> responseTargets(Node value) {
        Map<Severity, ResponseTarget> targets = new EnumMap<>(Severity.class);
        if (value == null) {
            return targets;
        }
        if (!(value instanceof MappingNode node)) {
            problems.at(value, "responseTargets must be a mapping such as {SEV1: {acknowledge: 5m, resolve: 4h}}");
            return targets;
        }
        for (NodeTuple t : node.getValue()) {
            Severity severity = severity(t.getKeyNode());
            if (severity == null) {
                continue;
            }
            if (targets.containsKey(severity)) {
                problems.at(t.getKeyNode(), "response targets for " + severity + " are given twice");
                continue;
            }
            if (!(t.getValueNode() instanceof MappingNode targetNode)) {
                problems.at(t.getValueNode(), "responseTargets." + severity + " must be a mapping such as {acknowledge: 5m, resolve: 4h}");
                continue;
            }
            YamlMapping target = new YamlMapping(targetNode, "responseTargets." + severity, TARGET_KEYS, problems);
            // A target left out keeps the spec's value for that severity.
            ResponseTarget defaults = ReliabilitySettings.DEFAULTS.target(severity);
            Duration acknowledge = duration(target, "acknowledge", defaults.acknowledge());
            Duration resolve = duration(target, "resolve", defaults.resolve());
            if (acknowledge != null && resolve != null) {
                targets.put(severity, new ResponseTarget(acknowledge, resolve));
            }
        }
        return targets;
    }

    private Duration duration(YamlMapping mapping, String key, Duration fallback) {
        Node value = mapping.value(key);
        if (value == null) {
            return fallback;
        }
        String text = value instanceof ScalarNode s ? s.getValue() : null;
        try {
            if (text == null) {
                throw new IllegalArgumentException(key + " must be a duration such as 5m");
            }
            Duration d = DurationText.parse(text);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(key + " must be longer than zero");
            }
            return d;
        } catch (IllegalArgumentException e) {
            problems.at(value, e.getMessage());
            return null;
        }
    }

    private Severity severity(Node node) {
        return SeverityKey.read(node, problems);
    }
}
