package dev.vigil.environments;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in one file so far, each placed at the YAML node it is about. */
final class ProblemList {
    private final Path file;
    private final List<ConfigProblem> problems = new ArrayList<>();

    ProblemList(Path file) {
        this.file = file;
    }

    void at(Node node, String message) {
        at(node == null ? null : node.getStartMark(), message);
    }

    /** SnakeYAML counts lines and columns from 0; people and editors count from 1. */
    void at(Mark mark, String message) {
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        problems.add(new ConfigProblem(file, line, column, message));
    }

    void at(int line, int column, String message) {
        problems.add(new ConfigProblem(file, line, column, message));
    }

    /** Lets a reader tell whether the part it just read added problems, and so should be dropped. */
    int count() {
        return problems.size();
    }

    /** In file order, which is how a person fixes them; readers visit sections in their own order. */
    List<ConfigProblem> all() {
        return problems.stream()
                .sorted(Comparator.comparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column))
                .toList();
    }
}
