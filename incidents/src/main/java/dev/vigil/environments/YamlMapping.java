package dev.vigil.environments;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One YAML mapping of the environments file, read key by key. On construction it reports keys that
 * are not allowed (naming the closest allowed one), keys given twice and keys that look like inline
 * secrets; the typed getters report values of the wrong type. Every report points at the node.
 */
final class YamlMapping {
    private final MappingNode node;
    private final ProblemList problems;
    private final Map<String, NodeTuple> tuples = new LinkedHashMap<>();

    YamlMapping(MappingNode node, String what, List<String> allowedKeys, ProblemList problems) {
        this.node = node;
        this.problems = problems;
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode().getTag().equals(Tag.MERGE)) {
                continue;
            }
            addExplicit(t, what, allowedKeys);
        }
        // Merge keys ("<<: *defaults") fill in what the mapping does not set itself, as YAML says.
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode().getTag().equals(Tag.MERGE)) {
                merge(t.getValueNode(), what, allowedKeys);
            }
        }
    }

    private void addExplicit(NodeTuple t, String what, List<String> allowedKeys) {
        if (!(t.getKeyNode() instanceof ScalarNode keyNode) || !keyNode.getTag().equals(Tag.STR)) {
            problems.at(t.getKeyNode(), "keys in " + what + " must be words, such as " + allowedKeys.getFirst());
            return;
        }
        String key = keyNode.getValue();
        if (key.startsWith("x-")) {
            return; // a place for anchors and notes of one's own, as in Compose files
        }
        NodeTuple first = tuples.get(key);
        if (first != null) {
            problems.at(keyNode, "'" + key + "' is given twice in " + what + " (first on line "
                    + (first.getKeyNode().getStartMark().getLine() + 1) + ")");
        } else if (InlineSecrets.isSecretKey(key) && !allowedKeys.contains(key)) {
            problems.at(keyNode, "'" + key + "' looks like an inline secret; " + InlineSecrets.ADVICE);
        } else if (!allowedKeys.contains(key)) {
            String hint = ClosestWord.to(key, allowedKeys).map(k -> "; did you mean '" + k + "'?").orElse("");
            problems.at(keyNode, "unknown key '" + key + "' in " + what + hint + " (allowed: " + String.join(", ", allowedKeys) + ")");
        } else {
            tuples.put(key, t);
        }
    }

    private void merge(Node source, String what, List<String> allowedKeys) {
        if (source instanceof SequenceNode sequence) {
            sequence.getValue().forEach(s -> merge(s, what, allowedKeys));
        } else if (source instanceof MappingNode mapping) {
            YamlMapping merged = new YamlMapping(mapping, what, allowedKeys, problems);
            merged.tuples.forEach(tuples::putIfAbsent);
        } else {
            problems.at(source, "'<<' must merge a mapping or a list of mappings");
        }
    }

    MappingNode node() {
        return node;
    }

    boolean has(String key) {
        return value(key) != null;
    }

    /** The value under {@code key}; null when absent or written empty ({@code key:} or {@code key: ~}). */
    Node value(String key) {
        NodeTuple t = tuples.get(key);
        if (t == null || t.getValueNode().getTag().equals(Tag.NULL)) {
            return null;
        }
        return t.getValueNode();
    }

    /** A string value, or null when absent or of another type (reported). */
    String string(String key) {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
            return s.getValue();
        }
        problems.at(v, key + " must be a string" + (v instanceof ScalarNode ? " (put it in quotes)" : ""));
        return null;
    }

    /** A number, or null when absent or not a number (reported). */
    Double number(String key) {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s && (s.getTag().equals(Tag.FLOAT) || s.getTag().equals(Tag.INT))) {
            try {
                return Double.parseDouble(s.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                // reported below like any other non-number
            }
        }
        problems.at(v, key + " must be a number such as 0.999");
        return null;
    }

    /**
     * A mapping of words to scalar values ({@code labels}, {@code metrics}); values are kept as written.
     * Null when absent; problems are reported for each bad entry.
     */
    Map<String, String> stringMap(String key) {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof MappingNode mapping)) {
            problems.at(v, key + " must be a mapping of names to values");
            return null;
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || k.getTag().equals(Tag.NULL)) {
                problems.at(t.getKeyNode(), "keys in " + key + " must be names");
            } else if (result.containsKey(k.getValue())) {
                problems.at(k, "'" + k.getValue() + "' is given twice in " + key);
            } else if (!(t.getValueNode() instanceof ScalarNode val) || val.getTag().equals(Tag.NULL) || val.getValue().isBlank()) {
                problems.at(t.getValueNode(), key + "." + k.getValue() + " must be a non-empty value");
            } else {
                result.put(k.getValue(), val.getValue());
            }
        }
        return result;
    }

    /** The node to point at when the mapping lacks a required key: the mapping itself. */
    void missing(String key, String what) {
        problems.at(node, what + " is missing the required key '" + key + "'");
    }
}
